package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.content.BodyReader;
import org.replyarchive.content.CachedLoading;
import org.replyarchive.index.CitedDocuments;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.TextMarks;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Site;

import org.replyarchive.output.BuildCache;
import org.replyarchive.output.FileWriting;
import org.replyarchive.output.FreeSpace;
import org.replyarchive.output.OutputLock;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.output.TemporaryFolder;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.Severity;
import org.replyarchive.translation.TerminologyChecker;
import org.replyarchive.translation.TranslationDriftChecker;
import org.replyarchive.render.SitePages;
import org.replyarchive.render.SitePlan;
import org.replyarchive.render.TemplateRenderer;
import org.replyarchive.render.Theme;
import org.replyarchive.render.UiStrings;
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
    private final FileWriting disk;
    private final Duration lockTimeout;
    private final boolean removeOldSiteLater;

    /** The default of {@link BuildConfig#lockTimeout()}. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = BuildConfig.DEFAULT_LOCK_TIMEOUT;

    public BuildPipeline(BuildConfig config, BuildListener listener) {
        this(config, listener, FileWriting.SYSTEM, config.lockTimeout());
    }

    /**
     * A build that changes the disk through {@code disk} (tests pass a faulty one) and waits up to
     * {@code lockTimeout} for another build of the same output to finish.
     */
    public BuildPipeline(BuildConfig config, BuildListener listener, FileWriting disk, Duration lockTimeout) {
        this(config, listener, disk, lockTimeout, false);
    }

    /**
     * A build for a process that builds again and again (the dev server): the old site is removed on a thread
     * of its own once the new one stands, so that a slow disk does not delay the reload.
     */
    public static BuildPipeline removingOldSiteLater(BuildConfig config, BuildListener listener) {
        return new BuildPipeline(config, listener, FileWriting.SYSTEM, config.lockTimeout(), true);
    }

    private BuildPipeline(BuildConfig config, BuildListener listener, FileWriting disk, Duration lockTimeout,
            boolean removeOldSiteLater) {
        this.removeOldSiteLater = removeOldSiteLater;
        this.config = config;
        this.listener = listener;
        this.disk = disk;
        this.lockTimeout = lockTimeout;
        this.urls = new UrlScheme(config.baseUrl());
        this.theme = new Theme(config.themeDirectory());
    }

    /**
     * Runs the build. The output folder is replaced only when every step succeeded.
     *
     * @throws ContentProblemsException when the content or theme has errors; the previous output is untouched
     */
    public BuildResult run() {
        BuildCache.refuseFile(config.cacheDirectory());
        CachedLoading.Loaded loaded = load();
        Site site = loaded.site();
        List<Language> languages = site.settings().languagesToBuild(config.languages());
        UiStrings ui = UiStrings.load(theme, languages);
        try (OutputLock lock = OutputLock.acquire(config.outputDirectory(), lockTimeout, listener::info)) {
            StagingOutput.recover(config.outputDirectory(), disk);
            BuildCache cache = BuildCache.open(config.cacheDirectory(), config.outputDirectory());
            FreeSpace.refuseShortage(config.outputDirectory(), config.contentDirectory(), disk,
                    !cache.previousFiles().isEmpty());
            // A cache that describes the site there lets the build patch it rather than replace every file.
            StagingOutput staging = StagingOutput.openInPlace(config.outputDirectory(), disk, cache.previousFiles());
            int[] counts = new int[3];
            SearchStage[] search = new SearchStage[1];
            // The workers are closed first, which waits for any still running, and only then the work folder.
            try (TemporaryFolder work = TemporaryFolder.create("reply-archive-work-");
                    BuildWorkers workers = new BuildWorkers()) {
                workers.run(() -> search[0] = write(loaded, languages, ui, cache, staging, work.path(), counts));
            } catch (RuntimeException e) {
                // The workers have stopped (closing them waits for it): only now can the staging folder go.
                staging.discard();
                throw e;
            }
            replace(cache, staging, search[0]);
            // The snapshot of the load was written while the pages were; the build ends once it is kept.
            loaded.saved().join();
            return finish(site, languages, counts[0], counts[1], counts[2]);
        }
    }

    /**
     * Puts the new site in place. The page fingerprints are saved first (into the staging folder's name), the
     * search indexes' state only once the new site stands, so that a failure leaves every cache describing the
     * site that is there.
     */
    private void replace(BuildCache cache, StagingOutput staging, SearchStage search) {
        long replacing = System.nanoTime();
        try {
            cache.save(staging.identityAfterCommit(), staging.files());
            staging.commit(removeOldSiteLater).ifPresent(old -> listener.info("The previous site could not be removed from " + old
                    + "; the next build removes it"));
        } catch (RuntimeException e) {
            staging.discard(); // what the swap did not yet move; the swap itself put the old site back
            throw e;
        }
        search.commitCache();
        listener.info(String.format(Locale.ROOT, "Replacing the output: %.2f s", seconds(replacing)));
    }

    /**
     * Writes every file of the site into {@code staging}; {@code counts} receives pages, rendered, files.
     *
     * @return the search indexes, whose caches are committed once the site is replaced
     */
    private SearchStage write(CachedLoading.Loaded loaded, List<Language> languages, UiStrings ui, BuildCache cache,
            StagingOutput staging, Path work, int[] counts) {
        Site site = loaded.site();
        TemplateRenderer templates = new TemplateRenderer(theme);
        MarkdownRenderer markdown = new MarkdownRenderer(ui.textByLanguage("sic_note"));
        BodyReader bodies = new BodyReader(config.contentDirectory());
        // Which replies cite which document, for the documents' pages: one pass over the texts, keys kept only.
        CitedDocuments cited = CitationScan.of(site, new TextMarks(List.of(), site.documents()), bodies, problems::add,
                CitationCache.open(config.cacheDirectory().filter(c -> cache.isEnabled()),
                        String.valueOf(site.documents())));
        SitePages pages = new SitePages(site, SiteIndexes.of(site), cited, urls, languages, ui, markdown, theme);
        SitePlan plan = pages.plan();
        SearchEntries entries = new SearchEntries(urls, site.settings().officialLanguage(), ui);
        SearchStage search = new SearchStage(site.replies(), languages, urls, entries,
                cache.isEnabled() ? config.cacheDirectory() : Optional.empty(), work, staging);
        String themeFingerprint = cache.isEnabled() ? themeFingerprint() : "";
        QuickKeys keys = QuickKeys.of(loaded.shape(), themeFingerprint,
                theme.hasSiteStylesheet(), config, site, cited);
        // Each reply's full-text line is made as its page is rendered, and kept where the next build finds it.
        FullTextLines fullTexts = new FullTextLines(new org.replyarchive.feed.FullTextRecord(urls),
                config.cacheDirectory().filter(c -> cache.isEnabled()).orElse(work).resolve("fulltext"));
        ReplyPageWriter replyPages = new ReplyPageWriter(pages, templates, markdown, bodies, entries, cache,
                themeFingerprint, staging, new TerminologyChecker(site, bodies, Severity.WARNING), problems::add,
                fullTexts, keys);
        int rendered = new PageRendering(listener, cache, themeFingerprint, staging, keys)
                .write(plan, site, replyPages, templates, search);
        // Files written one at a time rather than collected: the search index, full texts, citations. Side by
        // side, as none of them keeps all cores busy (the full texts are mostly copied).
        List<IntSupplier> streamed = List.of(() -> search.finish(listener),
                () -> new FullTextStage(urls, fullTexts, bodies, markdown).write(site, languages, cache, staging, keys),
                () -> CitationFiles.write(site, languages, urls, staging, cache, keys));
        int streamedFiles = streamed.parallelStream().mapToInt(IntSupplier::getAsInt).sum();
        int others = new OtherFiles(urls, theme, listener, config.contentDirectory())
                .write(site, languages, plan, ui, staging, cache, keys);
        counts[0] = plan.size();
        counts[1] = rendered;
        counts[2] = plan.size() + others + streamedFiles;
        return search;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private CachedLoading.Loaded load() {
        long started = System.nanoTime();
        CachedLoading.Loaded loaded = CachedLoading.load(config.contentDirectory(),
                config.cacheDirectory(), EngineVersion.CURRENT, problems);
        Site site = loaded.site();
        // Lagging translations are published, with a notice on their pages, and told as warnings. Only the official
        // texts of outdated translations are read; terminology is checked as translations are rendered.
        problems.addAll(new TranslationDriftChecker(new BodyReader(config.contentDirectory()), Severity.WARNING)
                .check(site.replies()));
        listener.info(String.format(Locale.ROOT, "Loading: %,d replies, %,d free pages in %.2f s (%s)",
                site.replies().size(), site.pages().size(), (System.nanoTime() - started) / 1e9, loaded.how()));
        return loaded;
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

    private BuildResult finish(Site site, List<Language> languages, int pages, int rendered, int files) {
        List<Problem> warnings = problems.warnings();
        warnings.forEach(listener::warning);
        BuildResult result = new BuildResult(config.outputDirectory(), site.replies().size(), pages, rendered, files,
                languages, warnings, System.nanoTime() - start);
        listener.info(result.summary());
        return result;
    }
}
