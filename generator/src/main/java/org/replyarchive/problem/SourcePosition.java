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

    /** Converts a 0-based line and column, as commonmark reports them, to a position. */
    public static SourcePosition fromZeroBased(String path, int line, int column) {
        return new SourcePosition(path, line + 1, column + 1);
    }

    /**
     * The position just after {@code text}, as a reader counts it: lines by {@code \n}, columns by character
     * (a surrogate pair, a byte-order mark and {@code \r} count for nothing).
     */
    public static SourcePosition after(String path, CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
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

    /** This position moved down by {@code lines} lines, for text that starts below the top of its file. */
    public SourcePosition shiftedDown(int lines) {
        return new SourcePosition(path, line + lines, column);
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
