package org.replyarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Department;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.route.UrlScheme;

/**
 * Turns a language's reply pages into {@link SearchDocument}s. Only what the model holds is indexed, and the
 * model holds only what replies disclose: a title-only reply is found by its metadata alone.
 */
public final class SearchDocuments {

    private final UrlScheme urls;
    private final MarkdownRenderer markdown;
    private final Language official;

    public SearchDocuments(UrlScheme urls, MarkdownRenderer markdown, Language official) {
        this.urls = urls;
        this.markdown = markdown;
        this.official = official;
    }

    /**
     * The documents of {@code language}'s reply pages, newest first.
     *
     * @param ui the interface words of the language, for kind labels
     */
    public List<SearchDocument> of(Site site, Language language, Map<String, String> ui) {
        // Plain text needs a Markdown parse per reply: worth all cores on a large archive.
        return site.replies().parallelStream().map(reply -> document(reply, language, ui)).toList();
    }

    /**
     * A text that changes whenever {@code language}'s index would: every reply's fields and the text of that
     * language, without rendering any Markdown.
     */
    public static String inputs(Site site, Language language, Map<String, String> ui) {
        StringBuilder inputs = new StringBuilder(language.code()).append('\n').append(ui).append('\n');
        for (Reply reply : site.replies()) {
            inputs.append(reply.fieldsWithoutTexts()).append('\n')
                    .append(reply.texts().get(language)).append('\n');
        }
        return inputs.toString();
    }

    private SearchDocument document(Reply reply, Language language, Map<String, String> ui) {
        String title = reply.title().orOfficial(language);
        String proposalTitle = reply.proposal().title().orOfficial(language);
        String proposers = String.join("、", reply.proposal().proposers().stream()
                .map(p -> p.name().orOfficial(language)).toList());
        List<String> meta = new ArrayList<>();
        meta.add(proposers);
        // Names in both languages, so that a reader finds 李秀玉 from the English page too.
        reply.proposal().proposers().forEach(p -> meta.add(both(p.name())));
        meta.add(reply.docNumber());
        meta.add(reply.proposal().number());
        meta.add(reply.session().name().orOfficial(language));
        meta.add(reply.handling().lead().name().orOfficial(language));
        reply.handling().co().stream().map(Department::name).map(n -> n.orOfficial(language)).forEach(meta::add);
        ReplyText text = reply.texts().get(language);
        String body = text == null ? "" : markdown.plainText(text.markdown()).strip();
        return new SearchDocument(urls.reply(language, reply), title,
                reply.title().has(language) ? null : official.htmlLang(), reply.date().toString(),
                org.replyarchive.render.DateText.format(reply.date(), language), reply.year(),
                reply.session().key(), reply.session().name().orOfficial(language), reply.proposal().kind().key(),
                ui.getOrDefault("kind_" + reply.proposal().kind().key(), reply.proposal().kind().key()), proposers,
                title + "\n" + proposalTitle, String.join("\n", meta), body,
                SearchTokenizer.docNumberTokens(reply.docNumber()));
    }

    private static String both(Localized<String> name) {
        return name.zh() + " " + (name.en() == null ? "" : name.en());
    }
}
