package org.replyarchive.markdown;

import java.util.Objects;

/** A heading in a table of contents: its level (2 or 3), its anchor id and its text. */
public record TocEntry(int level, String id, String text) {

    public TocEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
