package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.content.BodyDigests;
import org.replyarchive.content.BodyReader;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.feed.AtomWriter;
import org.replyarchive.feed.OpenDataWriter;
import org.replyarchive.feed.SitemapWriter;

import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.output.TemporaryFolder;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.render.PageJob;
import org.replyarchive.render.SitePages;
import org.replyarchive.render.SitePlan;
import org.replyarchive.render.TemplateRenderer;
import org.replyarchive.render.Theme;
import org.replyarchive.render.UiStrings;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.route.UrlScheme;

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
        Site site = load();
        List<Language> languages = site.settings().languagesToBuild(config.languages());
        UiStrings ui = UiStrings.load(theme, languages);
        TemplateRenderer templates = new TemplateRenderer(theme);
        BuildCache cache = BuildCache.open(config.cacheDirectory(), config.outputDirectory());
        StagingOutput staging = StagingOutput.open(config.outputDirectory());
        try (TemporaryFolder work = TemporaryFolder.create("reply-archive-work-")) {
            MarkdownRenderer markdown = new MarkdownRenderer();
            SitePages pages = new SitePages(site, SiteIndexes.of(site), urls, languages, ui, markdown, theme);
            SitePlan plan = pages.plan();
            SearchEntries entries = new SearchEntries(urls, site.settings().officialLanguage(), ui);
            SearchStage search = new SearchStage(site.replies(), languages, urls, entries,
                    cache.isEnabled() ? config.cacheDirectory() : Optional.empty(), work.path(), staging);
            String themeFingerprint = cache.isEnabled() ? themeFingerprint() : "";
            ReplyPageWriter replyPages = new ReplyPageWriter(pages, templates, markdown,
                    new BodyReader(config.contentDirectory()), entries, cache, themeFingerprint, staging);
            int rendered = writePages(plan, site, replyPages, templates, search, cache, themeFingerprint, staging);
            // Files written one at a time rather than collected: the search index, full texts, citations.
            int streamedFiles = search.finish(listener) + new FullTextStage(urls,
                    new BodyReader(config.contentDirectory()), markdown).write(site, languages, cache, staging)
                    + CitationFiles.write(site, languages, urls, staging);
            List<OutputFile> others = otherFiles(site, languages, plan, ui);
            others.parallelStream().forEach(file -> writeUnlessUnchanged(file, staging));
            staging.commit();
            cache.save();
            search.commitCache();
            return finish(site, languages, plan.size(), rendered, plan.size() + others.size() + streamedFiles);
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    private Site load() {
        long started = System.nanoTime();
        BodyDigests digests = BodyDigests.open(config.cacheDirectory());
        Site site;
        try {
            site = new ContentLoader(problems, digests).load(config.contentDirectory());
        } finally {
            // What was learnt of the files holds whatever the build's outcome.
            digests.save();
        }
        listener.info(String.format(Locale.ROOT, "Loading: %,d replies, %,d free pages in %.2f s",
                site.replies().size(), site.pages().size(), (System.nanoTime() - started) / 1e9));
        return site;
    }

    /**
     * Renders every page whose inputs changed, on all cores, one page at a time, and takes the others over
     * from the previous output; reply pages give their text to search as they are written. The result does
     * not depend on the order in which threads finish.
     *
     * @return the number of pages rendered
     */
    private int writePages(SitePlan plan, Site site, ReplyPageWriter replyPages, TemplateRenderer templates,
            SearchStage search, BuildCache cache, String themeFingerprint, StagingOutput staging) {
        Progress progress = new Progress(listener, "Rendering", "pages", plan.size());
        AtomicInteger rendered = new AtomicInteger();
        Map<Reply, Integer> ids = new java.util.IdentityHashMap<>();
        for (int i = 0; i < site.replies().size(); i++) {
            ids.put(site.replies().get(i), search.idOf(i));
        }
        plan.replyPages().parallelStream().forEach(job -> {
            if (replyPages.write(job, ids.get(job.reply()), search.feed(job.language()))) {
                rendered.incrementAndGet();
            }
            progress.step();
        });
        plan.pages().parallelStream().forEach(job -> {
            if (writePage(job, templates, cache, themeFingerprint, staging)) {
                rendered.incrementAndGet();
            }
            progress.step();
        });
        progress.finish(String.format(Locale.ROOT, "%,d rendered, %,d unchanged", rendered.get(),
                plan.size() - rendered.get()));
        return rendered.get();
    }

    private static boolean writePage(PageJob job, TemplateRenderer templates, BuildCache cache,
            String themeFingerprint, StagingOutput staging) {
        String file = UrlScheme.outputFile(job.path());
        PageModel model = job.model().get();
        if (cache.isEnabled() && cache.isUnchanged(file,
                BuildCache.fingerprint(themeFingerprint, job.template(), PageJob.inputs(model)))) {
            staging.reuse(file);
            return false;
        }
        String html = templates.render(job.template(), model);
        staging.write(new OutputFile(file, html.getBytes(StandardCharsets.UTF_8)));
        return true;
    }

    /**
     * The theme's templates and words, and the engine itself: a change to either renders every page again. (The
     * theme's static files are not in it: a page shows only whether the site stylesheet exists, which its
     * model holds.)
     */
    private String themeFingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add(EngineVersion.CURRENT);
        theme.files("templates").forEach((path, bytes) -> parts.add(path + new String(bytes, StandardCharsets.UTF_8)));
        theme.files("i18n").forEach((path, bytes) -> parts.add(path + new String(bytes, StandardCharsets.UTF_8)));
        return BuildCache.fingerprint(parts.toArray(String[]::new));
    }

    /** Open data, feeds, sitemap and robots.txt, the theme's assets, and the marker of a built site. */
    private List<OutputFile> otherFiles(Site site, List<Language> languages, SitePlan plan, UiStrings ui) {
        List<OutputFile> files = new ArrayList<>(new OpenDataWriter(urls, languages).write(site));
        AtomWriter atom = new AtomWriter(urls);
        languages.forEach(language -> files.add(atom.write(site, language)));
        files.addAll(HandlingFiles.write(site, languages, urls, ui));
        Map<String, Map<String, String>> listed = new LinkedHashMap<>();
        plan.pages().stream().filter(job -> !job.alternates().isEmpty())
                .forEach(job -> listed.put(job.path(), job.alternates()));
        plan.replyPages().forEach(job -> listed.put(job.path(), job.alternates()));
        files.addAll(new SitemapWriter(urls).write(listed));
        theme.files("static").forEach((path, bytes) -> files.add(new OutputFile(urls.asset(path), bytes)));
        files.add(OutputFile.text(StagingOutput.MARKER, StagingOutput.MARKER_TEXT));
        return files;
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
