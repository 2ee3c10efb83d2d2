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
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.error(
                    SourcePosition.ofFile(path),
                    "the file does not start with front matter",
                    "begin it with a line '---', the YAML fields, then another line '---'");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        problems.error(
                new SourcePosition(path, 1, 1),
                "the front matter opened on line 1 is never closed",
                "add a line '---' after the last YAML field");
        return Optional.empty();
    }
}
