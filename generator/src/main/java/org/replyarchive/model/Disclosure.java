package org.replyarchive.model;

import java.util.Arrays;
import java.util.Optional;

/** How much of a reply is published (公开范围): the full text, a summary only, or the title only. */
public enum Disclosure {
    FULL("full"),
    SUMMARY("summary"),
    TITLE_ONLY("title-only");

    private final String key;

    Disclosure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Disclosure> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
