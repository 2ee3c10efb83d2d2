package org.replyarchive.pipeline;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.markdown.Marking;
import org.replyarchive.markdown.ParsedText;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.markdown.TextMarks;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.TextSource;

/**
 * The texts of one reply (its own and its case's documents) while its pages are written: each read and parsed
 * once, however many pages show it (the reply page and the side-by-side view of each language show the same
 * texts), and rendered once for all of them (their links made to start from each page's place afterwards), then
 * let go with the reply. Used by one thread.
 */
final class ReplyTexts implements TextSource {

    private final TextSource files;
    private final MarkdownRenderer markdown;
    private final Map<ReplyText, String> read = new IdentityHashMap<>();
    private final Map<Key, RenderedBody> rendered = new HashMap<>();

    ReplyTexts(TextSource files, MarkdownRenderer markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    @Override
    public String markdown(ReplyText text) {
        return read.computeIfAbsent(text, files::markdown);
    }

    /**
     * {@code text}, in {@code language}, rendered for a page whose links {@code marking} makes (unmarked when
     * null).
     */
    RenderedBody render(ReplyText text, Language language, Marking marking) {
        TextMarks marks = marking == null ? null : marking.marks();
        Key key = new Key(text, language, marks);
        RenderedBody body = rendered.computeIfAbsent(key, k -> {
            ParsedText parsed = markdown.parse(markdown(text), language, marks);
            return marking == null ? markdown.render(parsed, null) : markdown.renderForAnyPage(parsed, marking);
        });
        return marking == null ? body : body.linkedFrom(marking.linksFrom());
    }

    /** A text parsed, and rendered, in a language with (or without) marks. */
    private record Key(ReplyText text, Language language, TextMarks marks) {}
}
