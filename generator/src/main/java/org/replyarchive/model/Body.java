package org.replyarchive.model;

/** The deliberative body a session belongs to: the provincial CPPCC committee or people's congress. */
public enum Body {
    CPPCC("cppcc"),
    NPC("npc");

    private final String key;

    Body(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
