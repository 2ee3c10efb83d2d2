package org.replyarchive.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who handled a proposal — the lead department (主办) and the co-handling ones (协办) — and, where known,
 * when (its {@link CaseDates}), how the department classed the result and what the proposer said of it.
 */
public record Handling(
        Department lead,
        List<Department> co,
        CaseDates dates,
        Optional<Outcome> outcome,
        Optional<Feedback> feedback) {

    public Handling {
        Objects.requireNonNull(lead, "lead");
        co = List.copyOf(co);
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(feedback, "feedback");
    }

    /** A handling with no dates, outcome or feedback: a reply in today's format. */
    public Handling(Department lead, List<Department> co) {
        this(lead, co, CaseDates.NONE, Optional.empty(), Optional.empty());
    }
}
