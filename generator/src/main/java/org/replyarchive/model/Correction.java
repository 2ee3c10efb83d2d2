package org.replyarchive.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A correction made to a published reply, as its official file records it ({@code corrections:}): readers are
 * told what changed and why, and the feed announces it; the previous text stays in the content's git history.
 *
 * @param date the day the correction was published
 * @param change what changed, in the official language
 * @param reason why, in the official language
 */
public record Correction(LocalDate date, String change, String reason) {

    public Correction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(reason, "reason");
    }
}
