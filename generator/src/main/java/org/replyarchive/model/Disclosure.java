package org.replyarchive.model;


/** How much of a reply is published (公开范围): the full text, a summary only, or the title only. */
public enum Disclosure {
    FULL("full"),
    SUMMARY("summary"),
    TITLE_ONLY("title-only");

    private final String key;

    Disclosure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
