package org.replyarchive.model;

import java.util.Objects;

/**
 * The published Markdown of a reply in one language, and where it came from so that problems found while
 * rendering it can name the file and line.
 *
 * @param path the file, relative to the content folder
 * @param markdown the body as published: the full text, the summary, or empty, per the reply's disclosure
 * @param firstBodyLine the 1-based line of the file where the body starts
 */
public record ReplyText(String path, String markdown, int firstBodyLine) {

    public ReplyText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(markdown, "markdown");
    }
}
