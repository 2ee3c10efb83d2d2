package org.replyarchive.problem;

import java.util.Objects;

/**
 * Where something stands in the content: a path relative to the content folder (with {@code /} separators;
 * for a problem in a theme, relative to the theme folder: {@code templates/layout.ftlh})
 * and a 1-based line and column. Line or column 0 means "the file as a whole".
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(path, "path must not be null");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** The position of a file as a whole, for problems that have no better place. */
    public static SourcePosition ofFile(String path) {
        return new SourcePosition(path, 1, 1);
    }

    /**
     * The position just after {@code text}, as a reader counts it: lines by {@code \n}, columns by character
     * (a surrogate pair, a byte-order mark and {@code \r} count for nothing).
     */
    public static SourcePosition after(String path, CharSequence text) {
        return at(path, text, text.length(), 1);
    }

    /**
     * The position of the character at {@code offset} of {@code text}, counted as {@link #after} counts, where
     * {@code text} starts at the beginning of line {@code firstLine} of its file (a body below its front matter).
     * The one place an offset becomes a line and column.
     */
    public static SourcePosition at(String path, CharSequence text, int offset, int firstLine) {
        int line = firstLine;
        int column = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) && c != '\uFEFF' && c != '\r') {
                column++;
            }
        }
        return new SourcePosition(path, line, column);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
