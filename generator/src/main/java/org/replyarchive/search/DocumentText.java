package org.replyarchive.search;

import java.util.List;

/**
 * The searchable text of a reply page, made when the page is rendered and dropped once tokenised.
 *
 * @param title the reply's title and the proposal's title: matches here rank first
 * @param meta proposers, numbers, session, departments
 * @param docNumbers the document-number terms
 * @param blocks the plain text of each top-level block of the body, in order; empty for a page without text
 * @param blockOffsets {@code blocks.size() + 1} UTF-8 byte offsets into the page's HTML file: block {@code i}
 *     is written at bytes {@code [blockOffsets[i], blockOffsets[i + 1])}, where a result reads its snippet
 * @param parts where each text of a page that shows several (the case's documents and the reply) begins, in
 *     page order; empty when the page shows the reply's text alone
 */
public record DocumentText(String title, String meta, List<String> docNumbers, List<String> blocks,
        int[] blockOffsets, List<TextPart> parts) {

    /** The text of a page that shows the reply's text alone. */
    public DocumentText(String title, String meta, List<String> docNumbers, List<String> blocks, int[] blockOffsets) {
        this(title, meta, docNumbers, blocks, blockOffsets, List.of());
    }

    public DocumentText {
        docNumbers = List.copyOf(docNumbers);
        blocks = List.copyOf(blocks);
        parts = List.copyOf(parts);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).firstBlock() > blocks.size()
                    || i > 0 && parts.get(i).firstBlock() <= parts.get(i - 1).firstBlock() + 1) {
                throw new IllegalArgumentException("part " + i + " of " + parts + " does not follow the previous"
                        + " one after a block of markup, within " + blocks.size() + " blocks");
            }
        }
        blockOffsets = blockOffsets.clone();
        if (blockOffsets.length != blocks.size() + 1 && !(blocks.isEmpty() && blockOffsets.length == 0)) {
            throw new IllegalArgumentException("a document of " + blocks.size() + " blocks needs "
                    + (blocks.size() + 1) + " offsets, got " + blockOffsets.length);
        }
    }
}
