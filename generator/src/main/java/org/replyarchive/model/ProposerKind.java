package org.replyarchive.model;

/** Who made a proposal: a CPPCC member, a party, a group, or a people's congress deputy. */
public enum ProposerKind {
    MEMBER("member"),
    PARTY("party"),
    GROUP("group"),
    DEPUTY("deputy");

    private final String key;

    ProposerKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
