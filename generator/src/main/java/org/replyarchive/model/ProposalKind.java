package org.replyarchive.model;

import java.util.Arrays;
import java.util.Optional;

/** The kind of proposal a reply answers (委员提案, 党派团体提案, 界别提案, 专委会提案, 人大代表建议). */
public enum ProposalKind {
    MEMBER("member"),
    PARTY_GROUP("party-group"),
    SECTOR("sector"),
    COMMITTEE("committee"),
    DEPUTY("deputy");

    private final String key;

    ProposalKind(String key) {
        this.key = key;
    }

    /** The key used in front matter and URLs. */
    public String key() {
        return key;
    }

    public static Optional<ProposalKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
