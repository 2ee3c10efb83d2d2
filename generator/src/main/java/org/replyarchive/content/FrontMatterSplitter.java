package org.replyarchive.content;

import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/** Splits a Markdown file into YAML front matter, fenced by {@code ---} lines, and body. */
final class FrontMatterSplitter {

    private static final String FENCE = "---";

    /**
     * Front matter is metadata of a few hundred characters; a limit far above that keeps YAML's scanner, whose
     * cost grows faster than the length of a single value, away from megabytes of text.
     */
    static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

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
                if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
                    problems.error(new SourcePosition(path, 2, 1), String.format(java.util.Locale.ROOT,
                            "the front matter has %,d characters, more than the %,d it may have", yaml.length(),
                            MAX_FRONT_MATTER_CHARS), "keep only the fields in it (a summary has at most 200"
                            + " characters); the text goes after the second '---'");
                    return Optional.empty();
                }
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
