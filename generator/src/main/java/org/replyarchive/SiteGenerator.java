package org.replyarchive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.feed.AtomWriter;
import org.replyarchive.feed.OpenDataWriter;
import org.replyarchive.feed.SitemapWriter;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Site;
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
     * Runs a full build. The output folder is replaced only when every stage succeeded.
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
        List<OutputFile> files = new ArrayList<>();
        int pages = renderPages(site, languages, urls, theme, files);
        files.addAll(new OpenDataWriter(urls, languages).write(site));
        AtomWriter atom = new AtomWriter(urls);
        languages.forEach(language -> files.add(atom.write(site, language)));
        theme.files("static").forEach((path, bytes) -> files.add(new OutputFile("assets/" + path, bytes)));
        writeAll(config, files);
        List<Problem> warnings = problems.warnings();
        warnings.forEach(listener::warning);
        BuildResult result = new BuildResult(config.outputDirectory(), site.replies().size(), pages, files.size(),
                languages, warnings, System.nanoTime() - start);
        listener.info(result.summary());
        return result;
    }

    /** Renders every page on all cores; the output is the same whatever the order threads finish in. */
    private static int renderPages(Site site, List<Language> languages, UrlScheme urls, Theme theme,
            List<OutputFile> files) {
        Map<Language, Map<String, String>> ui = new EnumMap<>(Language.class);
        languages.forEach(language -> ui.put(language, UiStrings.load(theme, language)));
        TemplateRenderer templates = new TemplateRenderer(theme);
        List<PageJob> jobs = new SitePages(site, SiteIndexes.of(site), urls, languages, ui, new MarkdownRenderer())
                .plan();
        List<OutputFile> rendered = jobs.parallelStream()
                .map(job -> new OutputFile(UrlScheme.outputFile(job.path()),
                        templates.render(job.template(), job.model().get()).getBytes(StandardCharsets.UTF_8)))
                .toList();
        files.addAll(rendered);
        Map<String, Map<String, String>> listed = new LinkedHashMap<>();
        jobs.stream().filter(job -> !job.alternates().isEmpty()).forEach(job -> listed.put(job.path(), job.alternates()));
        files.addAll(new SitemapWriter(urls).write(listed));
        return rendered.size();
    }

    private static void writeAll(BuildConfig config, List<OutputFile> files) {
        StagingOutput staging = StagingOutput.open(config.outputDirectory());
        try {
            files.parallelStream().forEach(staging::write);
            staging.commit();
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
    }
}
