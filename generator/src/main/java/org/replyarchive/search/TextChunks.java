package org.replyarchive.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reply's plain text into chunks of whole paragraphs, so that a search result downloads only the
 * chunk where its word first occurs. Chunks joined give back the text exactly, and no term spans two chunks,
 * since a line break ends every term.
 */
final class TextChunks {

    /** About how long a chunk is: a paragraph is never cut, so a long one makes a longer chunk. */
    static final int TARGET_CHARS = 1200;

    private TextChunks() {}

    static List<String> split(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && end - start < TARGET_CHARS) {
                int newline = text.indexOf('\n', end);
                end = newline < 0 ? text.length() : newline + 1;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }
}
