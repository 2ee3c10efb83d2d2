package org.replyarchive.markdown;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown body rendered: its HTML as a list of top-level blocks (a paragraph, a heading, a quote, a table…),
 * the table of contents of its {@code ##}/{@code ###} headings, and the keys of the glossary terms and policy
 * documents marked in it, in the order first marked.
 *
 * <p>The blocks are kept apart because search shows a snippet by reading one block's bytes from the built page:
 * joined, their HTML is the body's HTML exactly.
 */
public record RenderedBody(List<Block> blocks, List<TocEntry> toc, List<String> terms, List<String> documents) {

    /** One top-level block: its HTML (ending in a line feed) and its words as plain text, for search. */
    public record Block(String html, String text) {
        public Block {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(text, "text");
        }
    }

    public RenderedBody {
        blocks = List.copyOf(blocks);
        toc = List.copyOf(toc);
        terms = List.copyOf(terms);
        documents = List.copyOf(documents);
    }

    /** A body with no marked terms or documents. */
    public RenderedBody(List<Block> blocks, List<TocEntry> toc) {
        this(blocks, toc, List.of(), List.of());
    }

    public static final RenderedBody EMPTY = new RenderedBody(List.of(), List.of());

    /**
     * Where the links of a body rendered for any page ({@link MarkdownRenderer#renderForAnyPage}) start: a NUL,
     * which no rendered text holds (the parser replaces it with U+FFFD, as CommonMark requires).
     */
    static final String LINKS_FROM = "\u0000";

    private static final Pattern ID = Pattern.compile("(<[a-z0-9]+ [^>]*?\\bid=\")([^\"]*\")");

    /** The body's HTML: its blocks joined. */
    public String html() {
        StringBuilder html = new StringBuilder();
        blocks.forEach(block -> html.append(block.html()));
        return html.toString();
    }

    /**
     * The body's words, one block per line: what the full-text open data publishes. Made from the blocks, so
     * that the page's rendering gives it without reading the text again.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (!block.text().isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(block.text());
            }
        }
        return text.toString();
    }

    /** A body rendered for any page, its links made to start from a page {@code linksFrom} away from the root. */
    public RenderedBody linkedFrom(String linksFrom) {
        List<Block> linked = blocks.stream().map(b -> new Block(b.html().replace(LINKS_FROM, linksFrom), b.text()))
                .toList();
        return new RenderedBody(linked, toc, terms, documents);
    }

    /**
     * The body as a page that shows several texts holds it: each heading id prefixed ({@code interim-一、关于…}),
     * so that ids stay unique. Block by block, so that where each block stands in the page can still be found.
     */
    public RenderedBody withIdPrefix(String prefix) {
        List<Block> prefixed = blocks.stream().map(b -> new Block(ID.matcher(b.html()).replaceAll(
                r -> Matcher.quoteReplacement(r.group(1) + prefix + "-" + r.group(2))), b.text())).toList();
        return new RenderedBody(prefixed, toc);
    }
}
