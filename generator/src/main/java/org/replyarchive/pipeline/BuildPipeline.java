package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.feed.AtomWriter;
import org.replyarchive.feed.OpenDataWriter;
import org.replyarchive.feed.SitemapWriter;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Site;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.render.PageJob;
import org.replyarchive.render.SitePages;
import org.replyarchive.render.TemplateRenderer;
import org.replyarchive.render.Theme;
import org.replyarchive.render.UiStrings;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.search.SearchDocuments;
import org.replyarchive.search.SearchIndexBuilder;

/**
 * One build: the state it shares between its steps, and the steps as a list of named calls.
 *
 * <pre>{@code
 * BuildResult result = new BuildPipeline(config, listener).run();
 * }</pre>
 */
public final class BuildPipeline {

    private final BuildConfig config;
    private final BuildListener listener;
    private final long start = System.nanoTime();
    private final Problems problems = new Problems();
    private final UrlScheme urls;
    private final Theme theme;

    public BuildPipeline(BuildConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
        this.urls = new UrlScheme(config.baseUrl());
        this.theme = new Theme(config.themeDirectory());
    }

    /**
     * Runs the build. The output folder is replaced only when every step succeeded.
     *
     * @throws ContentProblemsException when the content or theme has errors; the previous output is untouched
     */
    public BuildResult run() {
        Site site = new ContentLoader(problems).load(config.contentDirectory());
        List<Language> languages = config.languages().isEmpty() ? site.settings().languages() : config.languages();
        Map<Language, Map<String, String>> ui = uiStrings(languages);
        BuildCache cache = BuildCache.open(config.cacheDirectory(), config.outputDirectory());
        StagingOutput staging = StagingOutput.open(config.outputDirectory());
        try {
            List<PageJob> jobs = new SitePages(site, SiteIndexes.of(site), urls, languages, ui, new MarkdownRenderer())
                    .plan();
            int rendered = writePages(jobs, cache, staging);
            List<OutputFile> others = otherFiles(site, languages, jobs);
            SearchIndexes search = searchIndexes(site, languages, ui, cache, staging);
            others.addAll(search.files());
            others.parallelStream().forEach(file -> writeUnlessUnchanged(file, staging));
            staging.commit();
            cache.save();
            return finish(site, languages, jobs.size(), rendered, jobs.size() + others.size() + search.reused());
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    private Map<Language, Map<String, String>> uiStrings(List<Language> languages) {
        Map<Language, Map<String, String>> ui = new EnumMap<>(Language.class);
        languages.forEach(language -> ui.put(language, UiStrings.load(theme, language)));
        return ui;
    }

    /**
     * Renders every page whose inputs changed, on all cores, and takes the others over from the previous
     * output. The result does not depend on the order in which threads finish.
     *
     * @return the number of pages rendered
     */
    private int writePages(List<PageJob> jobs, BuildCache cache, StagingOutput staging) {
        TemplateRenderer templates = new TemplateRenderer(theme);
        String themeFingerprint = cache.isEnabled() ? themeFingerprint() : "";
        AtomicInteger rendered = new AtomicInteger();
        jobs.parallelStream().forEach(job -> {
            String file = UrlScheme.outputFile(job.path());
            Map<String, Object> model = job.inputs() == null || !cache.isEnabled() ? job.model().get() : null;
            if (cache.isEnabled()) {
                String inputs = model == null ? job.inputs().get() : model.toString();
                if (cache.isUnchanged(file, BuildCache.fingerprint(themeFingerprint, job.template(), inputs))) {
                    staging.reuse(file);
                    return;
                }
            }
            String html = templates.render(job.template(), model == null ? job.model().get() : model);
            staging.write(new OutputFile(file, html.getBytes(StandardCharsets.UTF_8)));
            rendered.incrementAndGet();
        });
        return rendered.get();
    }

    /** The theme's templates and words, and the engine itself: a change to either renders every page again. */
    private String themeFingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add(EngineVersion.CURRENT);
        theme.files("templates").forEach((path, bytes) -> parts.add(path + new String(bytes, StandardCharsets.UTF_8)));
        theme.files("i18n").forEach((path, bytes) -> parts.add(path + new String(bytes, StandardCharsets.UTF_8)));
        return BuildCache.fingerprint(parts.toArray(String[]::new));
    }

    /** Open data, feeds, sitemap and robots.txt, the theme's assets, and the marker of a built site. */
    private List<OutputFile> otherFiles(Site site, List<Language> languages, List<PageJob> jobs) {
        List<OutputFile> files = new ArrayList<>(new OpenDataWriter(urls, languages).write(site));
        AtomWriter atom = new AtomWriter(urls);
        languages.forEach(language -> files.add(atom.write(site, language)));
        Map<String, Map<String, String>> listed = new LinkedHashMap<>();
        jobs.stream().filter(job -> !job.alternates().isEmpty()).forEach(job -> listed.put(job.path(), job.alternates()));
        files.addAll(new SitemapWriter(urls).write(listed));
        theme.files("static").forEach((path, bytes) -> files.add(new OutputFile("assets/" + path, bytes)));
        files.add(OutputFile.text(StagingOutput.MARKER, StagingOutput.MARKER_TEXT));
        return files;
    }

    /** The files of the search indexes built by this build, and the number of files taken over. */
    private record SearchIndexes(List<OutputFile> files, int reused) {}

    /**
     * One search index per language; the build reports each index's size and time. An index whose inputs
     * have not changed since the cached build is taken over whole.
     */
    private SearchIndexes searchIndexes(Site site, List<Language> languages, Map<Language, Map<String, String>> ui,
            BuildCache cache, StagingOutput staging) {
        SearchDocuments documents = new SearchDocuments(urls, new MarkdownRenderer(), languages.get(0));
        List<OutputFile> files = new ArrayList<>();
        int reused = 0;
        for (Language language : languages) {
            long started = System.nanoTime();
            String folder = urls.searchIndex(language);
            if (cache.isEnabled() && cache.isUnchangedFolder(folder, BuildCache.fingerprint(EngineVersion.CURRENT,
                    SearchDocuments.inputs(site, language, ui.get(language))))) {
                int taken = staging.reuseFolder(folder);
                reused += taken;
                listener.info("Search index " + language.code() + ": unchanged, " + taken + " files taken over");
                continue;
            }
            SearchIndexBuilder.SearchIndex index =
                    new SearchIndexBuilder(folder).build(documents.of(site, language, ui.get(language)));
            files.addAll(index.files());
            listener.info(String.format(Locale.ROOT, "Search index %s: %s, built in %.2f s", language.code(),
                    index.describe(), (System.nanoTime() - started) / 1e9));
        }
        return new SearchIndexes(files, reused);
    }

    private static void writeUnlessUnchanged(OutputFile file, StagingOutput staging) {
        if (staging.previousHolds(file)) {
            staging.reuse(file.path());
        } else {
            staging.write(file);
        }
    }

    private BuildResult finish(Site site, List<Language> languages, int pages, int rendered, int files) {
        List<Problem> warnings = problems.warnings();
        warnings.forEach(listener::warning);
        BuildResult result = new BuildResult(config.outputDirectory(), site.replies().size(), pages, rendered, files,
                languages, warnings, System.nanoTime() - start);
        listener.info(result.summary());
        return result;
    }
}
