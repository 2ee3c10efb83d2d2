package org.replyarchive.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.search.TextPart;

/**
 * The texts a reply page shows, in page order — the case's documents before the reply, the reply's own text,
 * the documents after it — as search indexes them: every block's words and where it stands in the page, so
 * that a result reads its snippet from the page itself and links to the document it comes from.
 *
 * @param blocks the words of each block; between two texts, one empty block stands for the markup between them
 * @param offsets {@code blocks.size() + 1} UTF-8 byte offsets into the page; all zero when the theme does not
 *     show the texts as rendered (a result then shows no snippet)
 * @param parts where each text begins; empty when the page shows the reply's own text alone
 */
record PageParts(List<String> blocks, int[] offsets, List<TextPart> parts) {

    /**
     * One text as the page holds it.
     *
     * @param anchor the id of its heading in the page, empty for the reply's own text
     * @param label its heading, empty for the reply's own text
     */
    record Shown(RenderedBody body, String anchor, String label) {}

    static PageParts of(String page, List<Shown> shown) {
        List<Shown> texts = shown.stream().filter(s -> !s.body().blocks().isEmpty()).toList();
        List<String> blocks = new ArrayList<>();
        List<TextPart> parts = new ArrayList<>();
        texts.forEach(s -> {
            if (!blocks.isEmpty()) {
                blocks.add("");
            }
            parts.add(new TextPart(blocks.size(), s.anchor(), s.label()));
            s.body().blocks().forEach(b -> blocks.add(b.text()));
        });
        boolean alone = parts.size() == 1 && parts.get(0).anchor().isEmpty();
        return new PageParts(blocks, offsets(page, texts, blocks.size()), alone ? List.of() : parts);
    }

    /** Finds each text in the page after the previous one, counting bytes as it goes, never from the start. */
    private static int[] offsets(String page, List<Shown> texts, int blockCount) {
        if (blockCount == 0) {
            return new int[0];
        }
        int[] offsets = new int[blockCount + 1];
        int from = 0;
        int bytes = 0;
        int block = 0;
        for (Shown text : texts) {
            String html = text.body().html();
            int at = page.indexOf(html, from);
            if (at < 0) {
                return new int[blockCount + 1];
            }
            bytes += BlockOffsets.utf8Length(page, from, at);
            if (block > 0) {
                block++; // past the markup between this text and the one before, which ends here
            }
            offsets[block] = bytes;
            for (RenderedBody.Block b : text.body().blocks()) {
                bytes += BlockOffsets.utf8Length(b.html(), 0, b.html().length());
                offsets[++block] = bytes;
            }
            from = at + html.length();
        }
        return offsets;
    }
}
