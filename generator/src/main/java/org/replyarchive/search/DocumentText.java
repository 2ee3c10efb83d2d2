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
 */
public record DocumentText(String title, String meta, List<String> docNumbers, List<String> blocks,
        int[] blockOffsets) {

    public DocumentText {
        docNumbers = List.copyOf(docNumbers);
        blocks = List.copyOf(blocks);
        blockOffsets = blockOffsets.clone();
        if (blockOffsets.length != blocks.size() + 1 && !(blocks.isEmpty() && blockOffsets.length == 0)) {
            throw new IllegalArgumentException("a document of " + blocks.size() + " blocks needs "
                    + (blocks.size() + 1) + " offsets, got " + blockOffsets.length);
        }
    }
}
