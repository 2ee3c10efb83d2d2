package org.replyarchive.search;

import java.util.Objects;

/**
 * Where one text of a page that shows several begins among the page's blocks: a case document (interim reply,
 * co-handling opinion, second reply, follow-up) or the reply's own text. A result whose snippet comes from a
 * document links to it by its anchor and names it by its heading.
 *
 * @param firstBlock the index of its first block; the block just before it (for any part but the first) is
 *     the page's markup between the two texts, which holds no text of either
 * @param anchor the id of its heading in the page, empty for the reply's own text
 * @param label its heading as the page shows it, empty for the reply's own text
 */
public record TextPart(int firstBlock, String anchor, String label) {

    public TextPart {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(label, "label");
        if (firstBlock < 0) {
            throw new IllegalArgumentException("a part begins at a block, not at " + firstBlock);
        }
    }
}
