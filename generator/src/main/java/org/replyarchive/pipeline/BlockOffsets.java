package org.replyarchive.pipeline;

import org.replyarchive.markdown.RenderedBody;

/**
 * Where each block of a reply's body stands in its built page, in UTF-8 bytes: a search result reads its
 * snippet from the page itself with a range request, so the index need not hold the text a second time.
 */
final class BlockOffsets {

    private BlockOffsets() {}

    /**
     * The offsets of {@code body}'s blocks in {@code page}: one per block and one for the end of the last. All
     * zero when the theme does not show the body as rendered (a result then shows no snippet).
     */
    static int[] in(String page, RenderedBody body) {
        if (body.blocks().isEmpty()) {
            return new int[0];
        }
        int[] offsets = new int[body.blocks().size() + 1];
        int at = page.indexOf(body.html());
        if (at < 0) {
            return offsets;
        }
        offsets[0] = utf8Length(page, 0, at);
        for (int i = 0; i < body.blocks().size(); i++) {
            String html = body.blocks().get(i).html();
            offsets[i + 1] = offsets[i] + utf8Length(html, 0, html.length());
        }
        return offsets;
    }

    /** The length in UTF-8 of {@code text[from, to)}, without encoding it. */
    static int utf8Length(CharSequence text, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
