package org.replyarchive.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The dates of a proposal's handling: when it was assigned (交办), its deadline (答复期限) and any extension.
 * Lateness is computed here from the reply's date, never written by an author.
 *
 * @param dueComputed whether {@code due} was computed from {@code assigned} by the rule of the session's body
 * @param extendedTo the extended deadline, when the deadline was extended
 * @param published the day the reply was made public (公开), where the content says; the last step of a case
 */
public record CaseDates(
        Optional<LocalDate> assigned,
        Optional<LocalDate> due,
        boolean dueComputed,
        Optional<LocalDate> extendedTo,
        Optional<String> extensionReason,
        Optional<LocalDate> published) {

    /** No dates known: a reply in today's format. */
    public static final CaseDates NONE =
            new CaseDates(Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                    Optional.empty());

    /** The deadline in force: the extended one, else the original. */
    public Optional<LocalDate> deadline() {
        return extendedTo.or(() -> due);
    }

    /** Days past the deadline in force a reply dated {@code replied} is: 0 when on time, empty when no deadline. */
    public Optional<Long> daysLate(LocalDate replied) {
        return deadline().map(d -> Math.max(0, ChronoUnit.DAYS.between(d, replied)));
    }

    /** Days from the reply's date {@code replied} to its publication, when the publication date is known. */
    public Optional<Long> daysToPublish(LocalDate replied) {
        return published.map(p -> ChronoUnit.DAYS.between(replied, p));
    }

    /** Days from assignment to {@code replied}, when the assignment date is known. */
    public Optional<Long> daysToReply(LocalDate replied) {
        return assigned.map(a -> ChronoUnit.DAYS.between(a, replied));
    }
}
