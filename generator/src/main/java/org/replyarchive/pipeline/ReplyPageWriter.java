package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.Reply;
import org.replyarchive.model.TextSource;
import org.replyarchive.problem.Problem;
import org.replyarchive.translation.TerminologyChecker;
import java.util.function.Consumer;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.OutputSink;
import org.replyarchive.render.ReplyPageJob;
import org.replyarchive.render.SitePages;
import org.replyarchive.render.TemplateRenderer;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.route.UrlScheme;

/**
 * Writes one reply page at a time: reads its body, renders it, writes the page and gives its text to search,
 * then lets the text go. A page whose inputs are unchanged since the cached build is taken over, its body
 * never read.
 */
final class ReplyPageWriter {

    private final SitePages pages;
    private final TemplateRenderer templates;
    private final MarkdownRenderer markdown;
    private final TextSource texts;
    private final SearchEntries entries;
    private final BuildCache cache;
    private final String themeFingerprint;
    private final OutputSink out;
    private final TerminologyChecker terminology;
    private final Consumer<Problem> warnings;
    private final SideBySideWriter sideBySide;

    ReplyPageWriter(SitePages pages, TemplateRenderer templates, MarkdownRenderer markdown, TextSource texts,
            SearchEntries entries, BuildCache cache, String themeFingerprint, OutputSink out,
            TerminologyChecker terminology, Consumer<Problem> warnings) {
        this.terminology = terminology;
        this.warnings = warnings;
        this.pages = pages;
        this.templates = templates;
        this.markdown = markdown;
        this.texts = texts;
        this.entries = entries;
        this.cache = cache;
        this.themeFingerprint = themeFingerprint;
        this.out = out;
        this.sideBySide = new SideBySideWriter(pages, templates, markdown, texts, cache, themeFingerprint, out);
    }

    /**
     * Writes the page of {@code job}, document {@code id} of {@code search}.
     *
     * @return whether the page was rendered (rather than taken over)
     */
    boolean write(ReplyPageJob job, int id, SearchFeed search) {
        String file = UrlScheme.outputFile(job.path());
        if (cache.isEnabled()) {
            String fingerprint = BuildCache.fingerprint(themeFingerprint, ReplyPageJob.TEMPLATE, pages.replyInputs(job));
            if (cache.isUnchanged(file, fingerprint) && search.hasCached(id)) {
                out.reuse(file);
                search.keep(id);
                sideBySide.write(job);
                return false;
            }
        }
        RenderedBody body = markdown.render(publishedMarkdown(job.reply(), job.language()), job.language(),
                pages.marking(job));
        PageModel model = pages.replyModel(job, body, documents(job.reply(), job.language()));
        String html = templates.render(ReplyPageJob.TEMPLATE, model);
        out.write(new OutputFile(file, html.getBytes(StandardCharsets.UTF_8)));
        search.add(id, entries.text(job.reply(), job.language(), body, BlockOffsets.in(html, body)));
        checkTerminology(job);
        sideBySide.write(job);
        return true;
    }

    /**
     * The texts of the case's other documents, read with the reply's and let go with it: each in the page's
     * language where translated, else in the official one; none where the reply itself is not written in it.
     */
    private java.util.List<RenderedBody> documents(Reply reply, Language language) {
        return reply.documents().stream()
                .map(d -> {
                    if (!reply.isWrittenIn(language)) {
                        return RenderedBody.EMPTY;
                    }
                    Language shown = d.texts().containsKey(language) ? language : reply.officialLanguage();
                    return markdown.render(texts.markdown(d.texts().get(shown)), shown);
                })
                .toList();
    }

    /** How many pages written with reply pages (their side-by-side views) were rendered rather than taken over. */
    int companionsRendered() {
        return sideBySide.rendered();
    }

    /**
     * Checks the terms of a translation whose page was just rendered: an unchanged translation was checked
     * when it was last rendered, so an incremental build reads no other text for it.
     */
    private void checkTerminology(ReplyPageJob job) {
        if (job.language() != job.reply().officialLanguage() && job.reply().isWrittenIn(job.language())) {
            terminology.check(java.util.List.of(job.reply())).forEach(warnings);
        }
    }

    /** The text the page shows: none where the reply is not written in the page's language. */
    private String publishedMarkdown(Reply reply, Language language) {
        return reply.isWrittenIn(language) ? texts.markdown(reply.texts().get(language)) : "";
    }
}
