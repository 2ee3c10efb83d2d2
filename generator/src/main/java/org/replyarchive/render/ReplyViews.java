package org.replyarchive.render;

import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.Department;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/** Makes the views of replies in a language: cards for lists, and the full view of a reply page. */
final class ReplyViews {

    private final Site site;
    private final UrlScheme urls;
    private final Chrome chrome;
    private final Language official;

    ReplyViews(Site site, UrlScheme urls, Chrome chrome) {
        this.site = site;
        this.urls = urls;
        this.chrome = chrome;
        this.official = chrome.languages().get(0);
    }

    ReplyViews.Texts in(Language language) {
        return new Texts(language);
    }

    /** The texts of a reply in one language; the official one where there is no translation. */
    final class Texts {
        private final Language language;

        private Texts(Language language) {
            this.language = language;
        }

        Views.ReplyCard card(Reply reply) {
            return new Views.ReplyCard(urls.reply(language, reply), reply.title().orOfficial(language),
                    langIfFallback(reply.title()), DateText.format(reply.date(), language), reply.date().toString(),
                    reply.session().name().orOfficial(language), reply.proposal().number(),
                    chrome.text(language, "kind_" + reply.proposal().kind().key()),
                    reply.proposal().proposers().stream().map(p -> p.name().orOfficial(language)).toList(),
                    reply.summary().has(language) ? reply.summary().get(language) : "",
                    reply.isWrittenIn(language));
        }

        Views.ReplyView view(Reply reply, RenderedBody body, Reply previous, Reply next) {
            boolean written = reply.isWrittenIn(language);
            String kindKey = reply.proposal().kind().key();
            return new Views.ReplyView(card(reply), reply.docNumber(),
                    new Views.Link(reply.session().name().orOfficial(language),
                            urls.group(language, Facet.SESSION, reply.session().key(), 1)),
                    new Views.Link(chrome.text(language, "kind_" + kindKey), urls.group(language, Facet.KIND, kindKey, 1)),
                    reply.proposal().title().orOfficial(language), langIfFallback(reply.proposal().title()),
                    reply.proposal().proposers().stream()
                            .map(p -> new Views.Link(p.name().orOfficial(language),
                                    urls.group(language, Facet.PROPOSER, p.key(), 1)))
                            .toList(),
                    department(reply.handling().lead()),
                    reply.handling().co().stream().map(this::department).toList(),
                    reply.topics().stream()
                            .map(t -> new Views.Link(t.name().orOfficial(language),
                                    urls.group(language, Facet.TOPIC, t.key(), 1)))
                            .toList(),
                    reply.disclosure().key(), body.html(), null, body.toc(), written, language == official,
                    officialText(reply), site.settings().issuer().orOfficial(language),
                    neighbour(previous), neighbour(next));
        }

        private Views.Link department(Department department) {
            return new Views.Link(department.name().orOfficial(language),
                    urls.group(language, Facet.DEPARTMENT, department.key(), 1));
        }

        private Views.Alternate officialText(Reply reply) {
            String path = urls.reply(official, reply);
            return new Views.Alternate(official.code(), official.htmlLang(), chrome.text(official, "language_name"),
                    path, urls.absolute(path));
        }

        private Views.Link neighbour(Reply reply) {
            return reply == null ? null
                    : new Views.Link(reply.title().orOfficial(language), urls.reply(language, reply),
                            langIfFallback(reply.title()));
        }

        /** The official language's tag when a text falls back to it, so screen readers switch voice. */
        private String langIfFallback(Localized<String> text) {
            return text.has(language) ? null : official.htmlLang();
        }

        List<Views.ReplyCard> cards(List<Reply> replies) {
            return replies.stream().map(this::card).toList();
        }
    }
}
