package org.replyarchive.model;

import java.util.Optional;

/** The proposer's feedback on a reply, where it is disclosed: 满意, 基本满意, 不满意. */
public enum Feedback {
    SATISFIED("satisfied"),
    BASICALLY_SATISFIED("basically-satisfied"),
    DISSATISFIED("dissatisfied");

    private final String key;

    Feedback(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Feedback> fromKey(String key) {
        for (Feedback f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
