package org.replyarchive.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.CaseDocument;
import org.replyarchive.model.Disclosure;
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
import org.replyarchive.render.view.DocumentView;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.route.UrlScheme;

/**
 * Writes one reply page at a time: reads its body and its case's documents, renders them, writes the page, gives
 * its texts to search and makes its line of the full-text open data, then lets the texts go. A page whose inputs are unchanged since the cached build is taken over, its body
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
    private final FullTextLines fullTexts;
    private final SideBySideWriter sideBySide;
    private final QuickKeys keys;

    ReplyPageWriter(SitePages pages, TemplateRenderer templates, MarkdownRenderer markdown, TextSource texts,
            SearchEntries entries, BuildCache cache, String themeFingerprint, OutputSink out,
            TerminologyChecker terminology, Consumer<Problem> warnings, FullTextLines fullTexts, QuickKeys keys) {
        this.keys = keys;
        this.fullTexts = fullTexts;
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
        this.sideBySide = new SideBySideWriter(pages, templates, cache, themeFingerprint, out, keys);
    }

    /** A holder of one reply's texts, read once for all the reply's pages. */
    ReplyTexts textsOfOneReply() {
        return new ReplyTexts(texts, markdown);
    }

    /**
     * Writes the page of {@code job}, document {@code id} of {@code search}, reading its texts through
     * {@code replyTexts}, which holds its reply's.
     *
     * @return whether the page was rendered (rather than taken over)
     */
    boolean write(ReplyPageJob job, int id, SearchFeed search, ReplyTexts replyTexts) {
        String file = UrlScheme.outputFile(job.path());
        if (cache.isEnabled()) {
            String quickKey = keys.reply(job.reply());
            boolean sameInputs = cache.madeWith(file, quickKey);
            // Asked first: the page's fingerprint is recorded for the next build whether or not search has it.
            boolean unchanged = cache.isUnchanged(file, quickKey, () -> BuildCache.fingerprint(
                    themeFingerprint, ReplyPageJob.TEMPLATE, pages.replyInputs(job)));
            if (unchanged && search.hasCached(id)) {
                out.reuse(file);
                search.keep(id, sameInputs);
                sideBySide.write(job, replyTexts);
                return false;
            }
        }
        Reply reply = job.reply();
        Language language = job.language();
        RenderedBody body = reply.isWrittenIn(language)
                ? replyTexts.render(reply.texts().get(language), language, pages.marking(job)) : RenderedBody.EMPTY;
        List<RenderedBody> own = ownDocuments(reply, language, replyTexts);
        List<RenderedBody> shown = shownDocuments(reply, language, own, replyTexts);
        PageModel model = pages.replyModel(job, body, shown);
        String html = templates.render(ReplyPageJob.TEMPLATE, model);
        out.write(new OutputFile(file, html.getBytes(StandardCharsets.UTF_8)));
        search.add(id, entries.text(reply, language, PageParts.of(html, shownTexts(reply, model, body, shown))));
        boolean full = reply.disclosure() == Disclosure.FULL;
        fullTexts.store(reply, language, full && reply.isWrittenIn(language) ? body.text() : null,
                own.stream().map(d -> d == null ? null : d.text()).toList());
        checkTerminology(job, replyTexts);
        sideBySide.write(job, replyTexts);
        return true;
    }

    /**
     * The texts of the case's other documents written in the page's language, in the order of
     * {@link Reply#documents()}, read with the reply's and let go with it: null where a document is not
     * translated or the reply not disclosed in full. What the full-text open data publishes of them.
     */
    private List<RenderedBody> ownDocuments(Reply reply, Language language, ReplyTexts replyTexts) {
        boolean full = reply.disclosure() == Disclosure.FULL;
        return reply.documents().stream()
                .map(d -> full && d.isWrittenIn(language)
                        ? replyTexts.render(d.texts().get(language), language, null) : null)
                .toList();
    }

    /** How many pages written with reply pages (their side-by-side views) were rendered rather than taken over. */
    int companionsRendered() {
        return sideBySide.rendered();
    }

    /**
     * What the page shows of each document: its text in the page's language where translated (already read),
     * else in the official one; none where the reply itself is not written in it.
     */
    private List<RenderedBody> shownDocuments(Reply reply, Language language, List<RenderedBody> own,
            ReplyTexts replyTexts) {
        List<RenderedBody> shown = new ArrayList<>();
        for (int i = 0; i < reply.documents().size(); i++) {
            CaseDocument d = reply.documents().get(i);
            if (!reply.isWrittenIn(language)) {
                shown.add(RenderedBody.EMPTY);
            } else if (own.get(i) != null) {
                shown.add(own.get(i));
            } else {
                Language in = d.texts().containsKey(language) ? language : reply.officialLanguage();
                shown.add(replyTexts.render(d.texts().get(in), in, null));
            }
        }
        return shown;
    }

    /**
     * The page's texts in the order it shows them, for search: the documents before the reply, its own text,
     * the documents after, each document as the page holds it (heading ids prefixed) and named by its heading.
     */
    private static List<PageParts.Shown> shownTexts(Reply reply, PageModel model, RenderedBody body,
            List<RenderedBody> shown) {
        List<PageParts.Shown> texts = new ArrayList<>();
        if (reply.disclosure() != Disclosure.FULL || !(model instanceof PageModel.ReplyPage page)) {
            texts.add(new PageParts.Shown(body, "", ""));
            return texts;
        }
        Map<String, RenderedBody> bySuffix = new HashMap<>();
        for (int i = 0; i < reply.documents().size(); i++) {
            bySuffix.put(reply.documents().get(i).suffix(), shown.get(i));
        }
        page.documentsBefore().forEach(v -> texts.add(document(v, bySuffix)));
        texts.add(new PageParts.Shown(body, "", ""));
        page.documentsAfter().forEach(v -> texts.add(document(v, bySuffix)));
        return texts;
    }

    private static PageParts.Shown document(DocumentView view, Map<String, RenderedBody> bySuffix) {
        return new PageParts.Shown(bySuffix.get(view.id()).withIdPrefix(view.id()), "document-" + view.id(),
                view.heading());
    }

    /**
     * Checks the terms of a translation whose page was just rendered: an unchanged translation was checked
     * when it was last rendered, so an incremental build reads no other text for it.
     */
    private void checkTerminology(ReplyPageJob job, ReplyTexts replyTexts) {
        if (job.language() != job.reply().officialLanguage() && job.reply().isWrittenIn(job.language())) {
            terminology.check(job.reply(), replyTexts).forEach(warnings);
        }
    }
}
