package org.replyarchive.content;

import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/** Splits a Markdown file into YAML front matter, fenced by {@code ---} lines, and body. */
final class FrontMatterSplitter {

    private static final String FENCE = "---";

    private FrontMatterSplitter() {}

    /** The front matter and body of {@code text}, or empty after adding a problem when there is no fence. */
    static Optional<FrontMatter> split(String text, String path, Problems problems) {
        // Lines are found with indexOf rather than split: a body of a hundred thousand characters is then never
        // cut into line strings only to be joined again.
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals(FENCE)) {
            problems.error(
                    SourcePosition.ofFile(path),
                    "the file does not start with front matter",
                    "begin it with a line '---', the YAML fields, then another line '---'");
            return Optional.empty();
        }
        int line = 2;
        for (int start = firstEnd + 1; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (text.substring(start, end).strip().equals(FENCE)) {
                String yaml = firstEnd + 1 < start ? text.substring(firstEnd + 1, start - 1) : "";
                String body = end < text.length() ? text.substring(end + 1) : "";
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            start = end + 1;
        }
        problems.error(
                new SourcePosition(path, 1, 1),
                "the front matter opened on line 1 is never closed",
                "add a line '---' after the last YAML field");
        return Optional.empty();
    }

    /** The index of the line feed ending the line that starts at {@code start}, or the text's length. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }
}
