package org.replyarchive.render;

import java.time.LocalDate;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.model.Department;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;
import org.replyarchive.render.view.Parts.DateView;
import org.replyarchive.render.view.Parts.CorrectionView;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.render.view.Parts.PublishedSource;
import org.replyarchive.render.view.Parts.ReplyCard;
import org.replyarchive.render.view.Parts.ReplyView;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/**
 * Makes the views of replies in one language: cards for lists, and the details of a reply page. Texts fall
 * back to the official language where there is no translation.
 */
final class ReplyViews {

    private final UrlScheme urls;
    private final FrameMaker frames;
    private final Language language;
    private final Language official;

    ReplyViews(UrlScheme urls, FrameMaker frames, Language language) {
        this.urls = urls;
        this.frames = frames;
        this.language = language;
        this.official = frames.official();
    }

    ReplyCard card(Reply reply) {
        return new ReplyCard(urls.reply(language, reply), title(reply), titleLang(reply), date(reply.date()), reply.session().name().orOfficial(language),
                reply.proposal().number(), frames.ui().kind(language, reply.proposal().kind()),
                reply.proposal().proposers().stream().map(p -> p.name().orOfficial(language)).toList(),
                reply.summary().has(language) ? reply.summary().get(language) : "");
    }

    List<ReplyCard> cards(List<Reply> replies) {
        return replies.stream().map(this::card).toList();
    }

    /** The details of a reply page; {@code previous} and {@code next} are its neighbours in its session, or null. */
    ReplyView view(Reply reply, Reply previous, Reply next) {
        String kind = reply.proposal().kind().key();
        return new ReplyView(title(reply), titleLang(reply), date(reply.date()),
                reply.docNumber(),
                new Link(reply.session().name().orOfficial(language),
                        urls.group(language, Facet.SESSION, reply.session().key(), 1)),
                reply.proposal().number(),
                new Link(frames.ui().kind(language, reply.proposal().kind()),
                        urls.group(language, Facet.KIND, kind, 1)),
                reply.proposal().title().orOfficial(language), langIfFallback(reply.proposal().title()),
                reply.proposal().proposers().stream()
                        .map(p -> new Link(p.name().orOfficial(language),
                                urls.group(language, Facet.PROPOSER, p.key(), 1)))
                        .toList(),
                department(reply.handling().lead()), reply.handling().co().stream().map(this::department).toList(),
                reply.topics().stream()
                        .map(t -> new Link(t.name().orOfficial(language),
                                urls.group(language, Facet.TOPIC, t.key(), 1)))
                        .toList(),
                reply.disclosure().key(), frames.text(language, UiKeys.disclosure(reply.disclosure())),
                reply.isWrittenIn(language), language == official, urls.reply(official, reply), official.htmlLang(),
                frames.siteIssuer(language), neighbour(previous), neighbour(next), outdated(reply),
                source(reply), reply.corrections().stream()
                        .map(c -> new CorrectionView(date(c.date()), c.change(), c.reason(),
                                language == official ? null : official.htmlLang()))
                        .toList());
    }

    private boolean outdated(Reply reply) {
        return language != official && reply.isWrittenIn(language)
                && reply.texts().get(language).isOutdatedAgainst(reply.texts().get(official));
    }

    private PublishedSource source(Reply reply) {
        return urls.replySource(reply).map(url -> new PublishedSource(url, reply.source().orElseThrow().sha256()))
                .orElse(null);
    }

    /** A date as the theme writes it in this language, with its parts for templates that write it otherwise. */
    DateView date(LocalDate date) {
        return new DateView(date.toString(), date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                frames.ui().date(language, date));
    }

    private Link department(Department department) {
        return new Link(department.name().orOfficial(language),
                urls.group(language, Facet.DEPARTMENT, department.key(), 1));
    }

    private Link neighbour(Reply reply) {
        return reply == null ? null
                : new Link(title(reply), urls.reply(language, reply), titleLang(reply));
    }

    /**
     * The reply's title in this language; for a reply not translated into it, one made from the registries'
     * translations ("Reply — Member proposal No. 2023W1, First Session of …"), so that a reader of this language
     * can tell what it is.
     */
    String title(Reply reply) {
        if (reply.title().has(language)) {
            return reply.title().get(language);
        }
        return frames.text(language, "untranslated_title")
                .replace("{kind}", frames.ui().kind(language, reply.proposal().kind()))
                .replace("{n}", reply.proposal().number())
                .replace("{name}", reply.session().name().orOfficial(language));
    }

    /** Null: a title made from the registries is in this language too, so it needs no tag of its own. */
    private String titleLang(Reply reply) {
        return reply.session().name().has(language) ? null : langIfFallback(reply.title());
    }

    /** The official language's tag when a text falls back to it, so screen readers switch voice. */
    private String langIfFallback(Localized<String> text) {
        return text.has(language) ? null : official.htmlLang();
    }
}
