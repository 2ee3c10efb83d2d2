package org.replyarchive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.replyarchive.check.CheckResult;
import org.replyarchive.check.SiteChecker;
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
import org.replyarchive.scaffold.ReplyScaffolder;
import org.replyarchive.scaffold.ScaffoldRequest;
import org.replyarchive.scaffold.ScaffoldResult;
import org.replyarchive.search.SearchDocuments;
import org.replyarchive.search.SearchIndexBuilder;
import org.replyarchive.serve.DevServer;
import org.replyarchive.serve.ServeOptions;

/**
 * Builds a site from a content folder.
 *
 * <pre>{@code
 * BuildResult result = SiteGenerator.build(
 *         BuildConfig.builder(Path.of("content"), Path.of("target/site")).build(), BuildListener.SILENT);
 * System.out.println(result.summary());
 * }</pre>
 */
public final class SiteGenerator {

    private SiteGenerator() {}

    /**
     * Runs a build. The output folder is replaced only when every stage succeeded. With a cache folder in the
     * configuration, pages whose inputs have not changed since the last build are taken over, not rendered;
     * the output is the same byte for byte as a full build's.
     *
     * @throws ContentProblemsException when the content or theme has errors; the previous output is untouched
     */
    public static BuildResult build(BuildConfig config, BuildListener listener) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Site site = new ContentLoader(problems).load(config.contentDirectory());
        List<Language> languages = config.languages().isEmpty() ? site.settings().languages() : config.languages();
        UrlScheme urls = new UrlScheme(config.baseUrl());
        Theme theme = new Theme(config.themeDirectory());
        BuildCache cache = BuildCache.open(config.cacheDirectory(), config.outputDirectory());
        StagingOutput staging = StagingOutput.open(config.outputDirectory());
        try {
            List<PageJob> jobs = new SitePages(site, SiteIndexes.of(site), urls, languages, uiStrings(theme, languages),
                    new MarkdownRenderer()).plan();
            int rendered = writePages(jobs, new TemplateRenderer(theme), themeFingerprint(theme), cache, staging);
            List<OutputFile> others = otherFiles(site, languages, urls, theme, jobs);
            SearchIndexes search = searchIndexes(site, languages, urls, theme, cache, staging, listener);
            others.addAll(search.files());
            others.parallelStream().forEach(file -> writeUnlessUnchanged(file, staging));
            staging.commit();
            cache.save();
            List<Problem> warnings = problems.warnings();
            warnings.forEach(listener::warning);
            BuildResult result = new BuildResult(config.outputDirectory(), site.replies().size(), jobs.size(), rendered,
                    jobs.size() + others.size() + search.reused(), languages, warnings, System.nanoTime() - start);
            listener.info(result.summary());
            return result;
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    private static Map<Language, Map<String, String>> uiStrings(Theme theme, List<Language> languages) {
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
    private static int writePages(List<PageJob> jobs, TemplateRenderer templates, String themeFingerprint,
            BuildCache cache, StagingOutput staging) {
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
    private static String themeFingerprint(Theme theme) {
        List<String> parts = new ArrayList<>();
        parts.add(engineVersion());
        theme.files("templates").forEach((path, bytes) -> parts.add(path + new String(bytes, StandardCharsets.UTF_8)));
        theme.files("i18n").forEach((path, bytes) -> parts.add(path + new String(bytes, StandardCharsets.UTF_8)));
        return BuildCache.fingerprint(parts.toArray(String[]::new));
    }

    /** The plugin jar's size and time, so that an upgraded engine never takes over pages an older one made. */
    private static String engineVersion() {
        try {
            java.nio.file.Path code = java.nio.file.Path.of(
                    SiteGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.isRegularFile(code)
                    ? code.getFileName() + ":" + java.nio.file.Files.size(code) + ":"
                            + java.nio.file.Files.getLastModifiedTime(code).toMillis()
                    : "classes:" + code;
        } catch (java.net.URISyntaxException | java.io.IOException | SecurityException e) {
            return "unknown";
        }
    }

    private static List<OutputFile> otherFiles(Site site, List<Language> languages, UrlScheme urls, Theme theme,
            List<PageJob> jobs) {
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

    /**
     * One search index per language; the build reports each index's size and time. An index whose inputs
     * have not changed since the cached build is taken over whole.
     */
    /** The files of the search indexes built by this build, and the number of files taken over. */
    private record SearchIndexes(List<OutputFile> files, int reused) {}

    private static SearchIndexes searchIndexes(Site site, List<Language> languages, UrlScheme urls, Theme theme,
            BuildCache cache, StagingOutput staging, BuildListener listener) {
        SearchDocuments documents = new SearchDocuments(urls, new MarkdownRenderer(), languages.get(0));
        List<OutputFile> files = new ArrayList<>();
        int reused = 0;
        for (Language language : languages) {
            long start = System.nanoTime();
            Map<String, String> ui = UiStrings.load(theme, language);
            String folder = urls.searchIndex(language);
            if (cache.isEnabled() && cache.isUnchangedFolder(folder,
                    BuildCache.fingerprint(engineVersion(), SearchDocuments.inputs(site, language, ui)))) {
                int taken = staging.reuseFolder(folder);
                reused += taken;
                listener.info("Search index " + language.code() + ": unchanged, " + taken + " files taken over");
                continue;
            }
            SearchIndexBuilder.SearchIndex index = new SearchIndexBuilder(folder).build(documents.of(site, language, ui));
            files.addAll(index.files());
            listener.info(String.format(java.util.Locale.ROOT, "Search index %s: %s, built in %.2f s",
                    language.code(), index.describe(), (System.nanoTime() - start) / 1e9));
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

    /**
     * Checks everything a build validates, plus every internal link and asset reference of the built site and
     * the fidelity of each reply to its {@code source:}, and returns every problem at once. Builds into a
     * temporary folder: {@code config.outputDirectory()} is never touched.
     *
     * <pre>{@code
     * CheckResult result = SiteGenerator.check(config, listener);
     * result.problems().forEach(System.out::println);
     * }</pre>
     */
    public static CheckResult check(BuildConfig config, BuildListener listener) {
        return new SiteChecker(config, listener).check();
    }

    /**
     * Builds the site into {@code config.outputDirectory()}, serves it, and rebuilds it and reloads the open
     * pages whenever the content or theme changes. Returns once serving; close the server to stop.
     *
     * <pre>{@code
     * try (DevServer server = SiteGenerator.serve(config, ServeOptions.defaults(), listener)) {
     *     server.runUntilShutdown();
     * }
     * }</pre>
     */
    public static DevServer serve(BuildConfig config, ServeOptions options, BuildListener listener) {
        return DevServer.start(config, options, listener);
    }

    /**
     * Writes a new reply file with its front matter filled from the registries as far as they go, and
     * {@code TODO} elsewhere. Never overwrites a file.
     */
    public static ScaffoldResult scaffold(ScaffoldRequest request) {
        return ReplyScaffolder.scaffold(request);
    }
}
