package org.replyarchive.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an imported text with its 1-based line number.
 *
 * @param number the line's number in the text
 * @param text the line without its line end
 */
record TextLine(int number, String text) {

    /** The lines of {@code text}, which has LF line ends; a final line end gives a last, empty line. */
    static List<TextLine> of(String text) {
        String[] parts = text.split("\n", -1);
        List<TextLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new TextLine(i + 1, parts[i]));
        }
        return lines;
    }

    /** The line without any white space: what the fidelity check compares. */
    String compact() {
        return compact(text);
    }

    boolean isBlank() {
        return compact().isEmpty();
    }

    /**
     * How far the line is indented, in half-width columns: an ideographic space counts two, a tab four. Extracted
     * text marks the first line of a paragraph this way.
     */
    int indent() {
        int width = 0;
        for (int i = 0; i < text.length() && isSpace(text.charAt(i)); i++) {
            char c = text.charAt(i);
            width += c == '\u3000' ? 2 : c == '\t' ? 4 : 1;
        }
        return width;
    }

    /** {@code text} without white space of any kind (ideographic and no-break spaces too) or byte-order marks. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** White space as the fidelity check counts it. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
