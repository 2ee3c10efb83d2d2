package org.replyarchive.stats;

import java.util.Objects;
import org.replyarchive.model.Localized;

/**
 * One bar of a breakdown: the group's key, its name in both languages, and how many replies it has.
 *
 * @param value a count of replies, or for {@link Breakdown#MEDIAN_DAYS} a number of days (a median may end in .5,
 *     so it is kept in tenths: {@code value / 10.0})
 */
public record Count(String key, Localized<String> label, long value) {

    public Count {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
