package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/** The proposal or suggestion a reply answers: its number as printed, kind, title and proposers. */
public record Proposal(String number, ProposalKind kind, Localized<String> title, List<Proposer> proposers) {

    public Proposal {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        proposers = List.copyOf(proposers);
    }
}
