package org.replyarchive.pipeline;

/**
 * Byte counting for where the blocks of a reply's texts stand in its built page ({@link PageParts}): a search
 * result reads its snippet from the page itself with a range request, so the index need not hold the text a
 * second time.
 */
final class BlockOffsets {

    private BlockOffsets() {}

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
