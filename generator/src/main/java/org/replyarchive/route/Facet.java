package org.replyarchive.route;

/** A way to browse the archive, with the URL segment of its index pages. */
public enum Facet {
    YEAR("years"),
    SESSION("sessions"),
    PROPOSER("proposers"),
    DEPARTMENT("departments"),
    TOPIC("topics"),
    KIND("kinds");

    private final String segment;

    Facet(String segment) {
        this.segment = segment;
    }

    /** The URL segment: {@code years}, {@code sessions} … */
    public String segment() {
        return segment;
    }
}
