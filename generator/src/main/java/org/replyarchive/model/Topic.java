package org.replyarchive.model;

import java.util.Objects;

/** A subject replies are filed under. */
public record Topic(String key, Localized<String> name) {

    public Topic {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
