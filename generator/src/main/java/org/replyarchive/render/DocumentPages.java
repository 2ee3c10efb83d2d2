package org.replyarchive.render;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.index.CitedDocuments;
import org.replyarchive.model.PolicyDocument;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.render.view.Parts.PolicyDocumentView;
import org.replyarchive.route.UrlScheme;

/**
 * The pages of the policy documents the replies cite: per language the list of them, and one page per document
 * with every reply that cites it. None where the archive registers no documents.
 */
final class DocumentPages {

    private final Site site;
    private final CitedDocuments cited;
    private final UrlScheme urls;
    private final FrameMaker frames;

    DocumentPages(Site site, CitedDocuments cited, UrlScheme urls, FrameMaker frames) {
        this.site = site;
        this.cited = cited;
        this.urls = urls;
        this.frames = frames;
    }

    void plan(Language language, List<PageJob> jobs) {
        if (site.documents().isEmpty()) {
            return;
        }
        jobs.add(new PageJob(urls.documents(language), "documents.ftlh", () -> index(language),
                frames.alternates(urls::documents)));
        for (PolicyDocument document : site.documents()) {
            jobs.add(new PageJob(urls.document(language, document.key()), "document.ftlh",
                    () -> page(language, document), frames.alternates(l -> urls.document(l, document.key()))));
        }
    }

    private PageModel.DocumentsPage index(Language language) {
        Frame frame = frames.frame(language, "documents", frames.text(language, "nav_documents"),
                frames.text(language, "documents_description"), urls::documents, List.of());
        Collator collator = Collator.getInstance(language.locale());
        List<PolicyDocumentView> views = site.documents().stream()
                .sorted(Comparator.comparing((PolicyDocument d) -> d.title().orOfficial(language), collator)
                        .thenComparing(PolicyDocument::key))
                .map(d -> view(d, language))
                .toList();
        return new PageModel.DocumentsPage(frame, views);
    }

    private PageModel.PolicyDocumentPage page(Language language, PolicyDocument document) {
        PolicyDocumentView view = view(document, language);
        Frame frame = frames.frame(language, "document", view.title(),
                frames.text(language, "document_description").replace("{title}", view.title()),
                l -> urls.document(l, document.key()),
                List.of(new Link(frames.text(language, "nav_documents"), urls.documents(language))));
        return new PageModel.PolicyDocumentPage(frame, view,
                new ReplyViews(urls, frames, language).cards(cited.of(document.key())));
    }

    private PolicyDocumentView view(PolicyDocument d, Language language) {
        boolean translated = d.title().has(language);
        return new PolicyDocumentView(d.key(), d.title().orOfficial(language),
                translated ? null : frames.official().htmlLang(),
                language == frames.official() ? null : d.title().official(), d.docNumber().orElse(null), d.aliases(),
                urls.document(language, d.key()), cited.of(d.key()).size());
    }
}
