package org.replyarchive.render;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.CaseDocument;
import org.replyarchive.model.DocumentKind;
import org.replyarchive.model.Reply;
import org.replyarchive.render.view.DocumentView;

/** Makes the views of a case's other documents in one language: before the reply, or after it. */
final class DocumentViews {

    private final FrameMaker frames;
    private final ReplyViews views;
    private final Language language;

    DocumentViews(FrameMaker frames, ReplyViews views, Language language) {
        this.frames = frames;
        this.views = views;
        this.language = language;
    }

    /**
     * The views of {@code reply}'s documents that come before the reply ({@code before}) or after it, with their
     * rendered texts in the order of {@link Reply#documents()}; {@code bodies} null for the fingerprint.
     */
    List<DocumentView> views(Reply reply, List<RenderedBody> bodies, boolean before) {
        List<DocumentView> result = new ArrayList<>();
        for (int i = 0; i < reply.documents().size(); i++) {
            CaseDocument document = reply.documents().get(i);
            if (document.kind().beforeReply() != before) {
                continue;
            }
            String html = bodies == null ? null : bodies.get(i).withIdPrefix(document.suffix()).html();
            String heading = document.title().map(t -> t.orOfficial(language)).orElse(kindName(document));
            String headingLang = document.title().filter(t -> !t.has(language))
                    .map(t -> frames.official().htmlLang()).orElse(null);
            result.add(new DocumentView(document.suffix(), heading, headingLang, document.docNumber(),
                    views.date(document.date()), html,
                    document.isWrittenIn(language) ? null : frames.official().htmlLang()));
        }
        return result;
    }

    /** The name of a document's kind: "Interim reply", "Co-handling opinion of the Education Department". */
    String kindName(CaseDocument document) {
        String name = frames.text(language, kindKey(document.kind()));
        return document.department().map(d -> name.replace("{name}", d.shortName().orOfficial(language)))
                .orElse(name);
    }

    static String kindKey(DocumentKind kind) {
        return switch (kind) {
            case INTERIM -> "document_interim";
            case CO_OPINION -> "document_co";
            case SECOND -> "document_second";
            case FOLLOW_UP -> "document_follow-up";
        };
    }
}
