package org.replyarchive.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.index.Group;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.feed.Citations;
import org.replyarchive.render.view.CitationView;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel.ReplyPage;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.render.view.Parts.ReplyBody;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/**
 * The reply pages: one per reply and language, with the reply's neighbours in its session. A page's model is
 * made from its job and its rendered body; its fingerprint from the same model without the body, whose
 * digest stands for it, so that an unchanged page is known without reading its text.
 */
final class ReplyPages {

    private final SiteIndexes indexes;
    private final UrlScheme urls;
    private final FrameMaker frames;

    private final TermNotes terms;
    private final String marksFingerprint;
    /** The page's model without its body, shared by the fingerprint and the rendering of one job. */
    private final LastByThread<ReplyPageJob, ReplyPage> withoutBody = new LastByThread<>(this::makeWithoutBody);

    ReplyPages(SiteIndexes indexes, UrlScheme urls, FrameMaker frames, TermNotes terms) {
        this.terms = terms;
        this.marksFingerprint = terms.fingerprint();
        this.indexes = indexes;
        this.urls = urls;
        this.frames = frames;
    }

    /** Adds the reply pages of {@code language}, session by session, oldest first, to {@code jobs}. */
    void plan(Language language, List<ReplyPageJob> jobs) {
        for (Group session : indexes.all().get(Facet.SESSION)) {
            List<Reply> chronological = new ArrayList<>(session.replies());
            Collections.reverse(chronological);
            for (int i = 0; i < chronological.size(); i++) {
                Reply reply = chronological.get(i);
                Reply previous = i > 0 ? chronological.get(i - 1) : null;
                Reply next = i + 1 < chronological.size() ? chronological.get(i + 1) : null;
                jobs.add(new ReplyPageJob(reply, language, urls.reply(language, reply), previous, next));
            }
        }
    }

    /** The versions of the page of {@code job} by {@code hreflang} tag, itself included, for the sitemap. */
    java.util.Map<String, String> alternates(ReplyPageJob job) {
        return frames.alternates(l -> urls.reply(l, job.reply()));
    }

    /** The model of a reply page whose body, and the bodies of its case's documents, have been rendered. */
    ReplyPage model(ReplyPageJob job, RenderedBody body, List<RenderedBody> documents) {
        ReplyPage page = withoutBody(job);
        DocumentViews views = new DocumentViews(frames, new ReplyViews(urls, frames, job.language()), job.language());
        return new ReplyPage(page.frame(), page.reply(), new ReplyBody(body.html(), body.toc(),
                terms.notes(body.terms(), job.language())), page.jsonLd(),
                page.handling(), views.views(job.reply(), documents, true), views.views(job.reply(), documents, false),
                page.citation(), page.sideBySideUrl());
    }

    /**
     * What the page is made from, without reading or rendering its body: its model but the body, and the
     * digest of the one text it shows (editing the Chinese text must not render the English page again).
     */
    String inputs(ReplyPageJob job) {
        ReplyText shown = job.reply().texts().get(job.language());
        StringBuilder digests = new StringBuilder(shown == null ? "-" : shown.digest());
        // A document's text shows in its translation where there is one, else in the official language.
        job.reply().documents().forEach(d -> digests.append(' ').append(
                d.texts().getOrDefault(job.language(), d.texts().get(frames.official())).digest()));
        // The glossary and the documents registry decide what the text's marks are, as much as the text does.
        return ModelFingerprint.of(withoutBody(job), digests.toString(), marksFingerprint);
    }

    private ReplyPage withoutBody(ReplyPageJob job) {
        return withoutBody.get(job);
    }

    private ReplyPage makeWithoutBody(ReplyPageJob job) {
        Reply reply = job.reply();
        Language language = job.language();
        ReplyViews views = new ReplyViews(urls, frames, language);
        Frame frame = frames.frame(language, "reply", views.title(reply),
                reply.summary().has(language) ? reply.summary().get(language) : "", l -> urls.reply(l, reply),
                List.of(new Link(reply.session().name().orOfficial(language),
                        urls.group(language, Facet.SESSION, reply.session().key(), 1))));
        String jsonLd = JsonLd.reply(reply, language, urls.absolute(urls.reply(language, reply)),
                frames.siteIssuer(language));
        DocumentViews documents = new DocumentViews(frames, views, language);
        return new ReplyPage(frame, views.view(reply, job.previous(), job.next()), null, jsonLd,
                new CaseViews(frames, views, language).view(reply), documents.views(reply, null, true),
                documents.views(reply, null, false), citation(reply, language),
                SideBySidePages.has(reply, frames.languages()) ? urls.sideBySide(language, reply) : null);
    }

    /** The Chinese GB/T 7714 form and the plain English one, on the pages of either language. */
    private CitationView citation(Reply reply, Language language) {
        String url = urls.absolute(urls.reply(language, reply));
        Language english = frames.languages().contains(Language.EN) ? Language.EN : language;
        return new CitationView(Citations.gbt7714(reply, frames.siteIssuer(frames.official()), url),
                Citations.plain(reply, english, frames.siteIssuer(english), frames.ui().date(english, reply.date()),
                        url),
                urls.citation(language, reply, "json"), urls.citation(language, reply, "bib"));
    }
}
