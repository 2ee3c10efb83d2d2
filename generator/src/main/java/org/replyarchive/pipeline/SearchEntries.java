package org.replyarchive.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.model.Department;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;
import org.replyarchive.render.UiStrings;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.search.DocumentMeta;
import org.replyarchive.search.SearchFacets;
import org.replyarchive.search.DocumentText;
import org.replyarchive.search.SearchTokenizer;

/**
 * What search is given of a reply page. Only what the model holds is indexed, and the model holds only what
 * replies disclose: a title-only reply is found by its metadata alone.
 */
final class SearchEntries {

    private final UrlScheme urls;
    private final Language official;
    private final UiStrings ui;

    SearchEntries(UrlScheme urls, Language official, UiStrings ui) {
        this.urls = urls;
        this.official = official;
        this.ui = ui;
    }

    /** What a result shows and filters apply to: made for every reply, from its metadata. */
    DocumentMeta meta(Reply reply, Language language) {
        return new DocumentMeta(urls.reply(language, reply), reply.title().orOfficial(language),
                reply.title().has(language) ? null : official.htmlLang(), reply.date(),
                ui.date(language, reply.date()), reply.session().key(),
                reply.session().name().orOfficial(language), reply.proposal().kind().key(),
                ui.kind(language, reply.proposal().kind()), proposers(reply, language),
                title(reply, language) + "\n" + metaText(reply, language), facets(reply, language));
    }

    private static SearchFacets facets(Reply reply, Language language) {
        Department lead = reply.handling().lead();
        return new SearchFacets(new SearchFacets.Value(lead.key(), lead.name().orOfficial(language)),
                reply.proposal().proposers().stream()
                        .map(p -> new SearchFacets.Value(p.key(), p.name().orOfficial(language))).toList(),
                reply.topics().stream().map(t -> new SearchFacets.Value(t.key(), t.name().orOfficial(language))).toList());
    }

    /**
     * The searchable text of a page just rendered: its title fields, its metadata, and the blocks of every text
     * it shows (the reply's and its case's documents') with where each stands in the page.
     */
    DocumentText text(Reply reply, Language language, PageParts texts) {
        return new DocumentText(title(reply, language), metaText(reply, language),
                SearchTokenizer.docNumberTokens(reply.docNumber()), texts.blocks(), texts.offsets(), texts.parts());
    }

    private static String title(Reply reply, Language language) {
        return reply.title().orOfficial(language) + "\n" + reply.proposal().title().orOfficial(language);
    }

    /** Proposers, numbers, session and departments: indexed with the body, at their own weight. */
    private static String metaText(Reply reply, Language language) {
        List<String> meta = new ArrayList<>();
        meta.add(proposers(reply, language));
        // Names in both languages, so that a reader finds 李秀玉 from the English page too.
        reply.proposal().proposers().forEach(p -> meta.add(both(p.name())));
        meta.add(reply.docNumber());
        // Every proposal the reply answers (并案办理) finds it, as do its case's other documents' numbers.
        meta.addAll(reply.proposal().numbers());
        reply.documents().forEach(d -> meta.add(d.docNumber()));
        meta.add(reply.session().name().orOfficial(language));
        meta.add(reply.handling().lead().name().orOfficial(language));
        reply.handling().co().stream().map(Department::name).map(n -> n.orOfficial(language)).forEach(meta::add);
        return String.join("\n", meta);
    }

    private static String proposers(Reply reply, Language language) {
        return String.join("、", reply.proposal().proposers().stream().map(p -> p.name().orOfficial(language)).toList());
    }

    private static String both(Localized<String> name) {
        return name.zh() + " " + (name.en() == null ? "" : name.en());
    }
}
