package org.replyarchive.markdown;

import java.util.List;
import java.util.Objects;

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

    /** The body's HTML: its blocks joined. */
    public String html() {
        StringBuilder html = new StringBuilder();
        blocks.forEach(block -> html.append(block.html()));
        return html.toString();
    }
}
