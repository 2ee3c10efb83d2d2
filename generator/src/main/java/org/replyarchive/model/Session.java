package org.replyarchive.model;

import java.util.Objects;

/** A session (届/次) of a body: the 1st meeting of the 13th committee, held in 2023. */
public record Session(String key, Body body, int term, int meeting, int year, Localized<String> name) {

    public Session {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(name, "name");
    }
}
