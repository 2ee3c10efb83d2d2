package org.replyarchive.model;

import java.util.Map;
import java.util.Objects;
import org.replyarchive.config.Language;

/** A free page (about, how to read a reply) in the languages it is written in. */
public record Page(String name, Map<Language, PageText> texts) {

    public Page {
        Objects.requireNonNull(name, "name");
        texts = texts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(texts));
    }

    /** One language's version of a free page. */
    public record PageText(String path, String title, String description, String markdown, int firstBodyLine) {
        public PageText {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(markdown, "markdown");
        }
    }
}
