package org.replyarchive.render;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.Marking;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Reply;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel.SideBySidePage;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.render.view.Parts.TextColumn;
import org.replyarchive.render.view.Parts.TextRow;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/**
 * The side-by-side page of a reply, in each language: the official text and its translation, row by row. A
 * translation renders the official text block for block (the terminology check holds it to that), so where both
 * have as many blocks each row is a block; else each row is a {@code ##} point; else the two whole texts.
 */
final class SideBySidePages {

    private final UrlScheme urls;
    private final FrameMaker frames;
    private final TermNotes terms;
    /** The page's model without its texts, shared by the fingerprint and the rendering of one job. */
    private final LastByThread<ReplyPageJob, SideBySidePage> withoutTexts =
            new LastByThread<>(this::makeWithoutTexts);

    SideBySidePages(UrlScheme urls, FrameMaker frames, TermNotes terms) {
        this.urls = urls;
        this.frames = frames;
        this.terms = terms;
    }

    /** Whether {@code reply} has a side-by-side page: its full text published in each of {@code languages}. */
    static boolean has(Reply reply, List<Language> languages) {
        return reply.disclosure() == Disclosure.FULL && languages.size() > 1
                && languages.stream().allMatch(l -> reply.isWrittenIn(l) && reply.texts().get(l).isBody());
    }

    /** The translation's language: the first built language that is not the official one. */
    Language translation() {
        return frames.languages().stream().filter(l -> l != frames.official()).findFirst().orElseThrow();
    }

    String path(ReplyPageJob job) {
        return urls.sideBySide(job.language(), job.reply());
    }

    /** The page's versions by {@code hreflang} tag, for the sitemap. */
    java.util.Map<String, String> alternates(Reply reply) {
        return frames.alternates(l -> urls.sideBySide(l, reply));
    }

    /** How the text in {@code text} is marked on the side-by-side page of {@code job}. */
    Marking marking(ReplyPageJob job, Language text) {
        return terms.marking(text, path(job));
    }

    SideBySidePage model(ReplyPageJob job, RenderedBody official, RenderedBody translation) {
        SideBySidePage page = withoutTexts(job);
        Language other = translation();
        List<TextColumn> columns = List.of(column(job, frames.official(), "side_by_side_official", official),
                column(job, other, "side_by_side_translation", translation));
        return new SideBySidePage(page.frame(), page.heading(), columns, rows(official, translation),
                page.replyUrl());
    }

    /** What the page is made from without its texts, whose digests and the marks' sources stand for them. */
    String inputs(ReplyPageJob job) {
        Reply reply = job.reply();
        return ModelFingerprint.of(withoutTexts(job), reply.texts().get(frames.official()).digest(),
                reply.texts().get(translation()).digest(), terms.fingerprint());
    }

    private SideBySidePage withoutTexts(ReplyPageJob job) {
        return withoutTexts.get(job);
    }

    private SideBySidePage makeWithoutTexts(ReplyPageJob job) {
        Reply reply = job.reply();
        Language language = job.language();
        String title = new ReplyViews(urls, frames, language).title(reply);
        String heading = frames.text(language, "side_by_side_title").replace("{title}", title);
        Frame frame = frames.frame(language, "side-by-side", heading, frames.text(language, "side_by_side_description"),
                l -> urls.sideBySide(l, reply), List.of(
                        new Link(reply.session().name().orOfficial(language),
                                urls.group(language, Facet.SESSION, reply.session().key(), 1)),
                        new Link(title, urls.reply(language, reply))));
        return new SideBySidePage(frame, heading, List.of(), List.of(), urls.reply(language, reply));
    }

    private TextColumn column(ReplyPageJob job, Language text, String label, RenderedBody body) {
        return new TextColumn(frames.text(job.language(), label), text.htmlLang(), urls.reply(text, job.reply()),
                terms.notes(body.terms(), text));
    }

    /** Block beside block where the counts agree, else point beside point, else the whole texts. */
    static List<TextRow> rows(RenderedBody official, RenderedBody translation) {
        List<String> a = official.blocks().stream().map(RenderedBody.Block::html).toList();
        List<String> b = translation.blocks().stream().map(RenderedBody.Block::html).toList();
        if (a.size() != b.size()) {
            a = points(a);
            b = points(b);
        }
        if (a.size() != b.size()) {
            return List.of(new TextRow(official.html(), translation.html()));
        }
        List<TextRow> rows = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            rows.add(new TextRow(a.get(i), b.get(i)));
        }
        return rows;
    }

    /** The blocks joined point by point: a point starts at each {@code ##} heading. */
    private static List<String> points(List<String> blocks) {
        List<String> points = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : blocks) {
            if (block.startsWith("<h2") && current.length() > 0) {
                points.add(current.toString());
                current.setLength(0);
            }
            current.append(block);
        }
        if (current.length() > 0) {
            points.add(current.toString());
        }
        return points;
    }
}
