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
 * texts), and rendered once for pages that link alike (the side-by-side views of both languages), then let go
 * with the reply. Used by one thread.
 */
final class ReplyTexts implements TextSource {

    private final TextSource files;
    private final MarkdownRenderer markdown;
    private final Map<ReplyText, String> read = new IdentityHashMap<>();
    private final Map<Key, ParsedText> parsed = new HashMap<>();
    private final Map<Rendering, RenderedBody> rendered = new HashMap<>();

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
        return rendered.computeIfAbsent(new Rendering(key, marking == null ? null : marking.linksFrom()), k -> {
            ParsedText once = parsed.computeIfAbsent(key, p -> markdown.parse(markdown(text), language, marks));
            return markdown.render(once, marking);
        });
    }

    /** A text parsed in a language with (or without) marks. */
    private record Key(ReplyText text, Language language, TextMarks marks) {}

    /** That text rendered with links from a page that far from the site's root. */
    private record Rendering(Key text, String linksFrom) {}
}
