package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.Reply;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.OutputSink;
import org.replyarchive.render.ReplyPageJob;
import org.replyarchive.render.SitePages;
import org.replyarchive.render.TemplateRenderer;
import org.replyarchive.route.UrlScheme;

/**
 * Writes a reply's side-by-side page with its reply page, from the texts the reply's pages read. Taken over unread when its inputs are unchanged since the cached build.
 */
final class SideBySideWriter {

    private final SitePages pages;
    private final TemplateRenderer templates;
    private final BuildCache cache;
    private final String themeFingerprint;
    private final OutputSink out;
    private final QuickKeys keys;

    SideBySideWriter(SitePages pages, TemplateRenderer templates, BuildCache cache, String themeFingerprint, OutputSink out, QuickKeys keys) {
        this.keys = keys;
        this.pages = pages;
        this.templates = templates;
        this.cache = cache;
        this.themeFingerprint = themeFingerprint;
        this.out = out;
    }

    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();

    /** How many side-by-side pages were rendered rather than taken over. */
    int rendered() {
        return rendered.get();
    }

    /** Writes (or takes over) the side-by-side page of {@code job}, where its reply has one. */
    void write(ReplyPageJob job, ReplyTexts replyTexts) {
        if (!pages.hasSideBySide(job)) {
            return;
        }
        String file = UrlScheme.outputFile(pages.sideBySidePath(job));
        if (cache.isEnabled() && cache.isUnchanged(file, keys.reply(job.reply()), () -> BuildCache.fingerprint(
                themeFingerprint, SitePages.SIDE_BY_SIDE_TEMPLATE, pages.sideBySideInputs(job)))) {
            out.reuse(file);
            return;
        }
        Reply reply = job.reply();
        RenderedBody official = render(job, reply.officialLanguage(), replyTexts);
        RenderedBody translation = render(job, pages.sideBySideTranslation(), replyTexts);
        String html = templates.render(SitePages.SIDE_BY_SIDE_TEMPLATE, pages.sideBySideModel(job, official, translation));
        out.write(new OutputFile(file, html.getBytes(StandardCharsets.UTF_8)));
        rendered.incrementAndGet();
    }

    private RenderedBody render(ReplyPageJob job, Language language, ReplyTexts replyTexts) {
        return replyTexts.render(job.reply().texts().get(language), language, pages.sideBySideMarking(job, language));
    }
}
