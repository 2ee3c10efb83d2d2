package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/**
 * The proposal or suggestion a reply answers: its number as printed, kind, title and proposers.
 *
 * @param joint the numbers of the other proposals handled together with this one (并案办理) and answered by the
 *     same reply; empty for a reply to one proposal
 */
public record Proposal(
        String number, ProposalKind kind, Localized<String> title, List<Proposer> proposers, List<String> joint) {

    public Proposal {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        proposers = List.copyOf(proposers);
        joint = List.copyOf(joint);
    }

    public Proposal(String number, ProposalKind kind, Localized<String> title, List<Proposer> proposers) {
        this(number, kind, title, proposers, List.of());
    }

    /** Every proposal number the reply answers: its own first, then the jointly handled ones. */
    public List<String> numbers() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(number), joint.stream()).toList();
    }
}
