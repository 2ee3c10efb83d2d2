package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/** A proposer: a member, a party, a group or a deputy, with the names the replies use for it. */
public record Proposer(String key, ProposerKind kind, Localized<String> name, List<String> aliases) {

    public Proposer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
