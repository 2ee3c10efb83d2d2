package org.replyarchive.search;

import java.util.List;
import java.util.Objects;

/**
 * The facets a reply is filtered and counted by beyond session, kind and date: its lead department, its
 * proposers and its topics, each as a key with the label the page's language shows.
 */
public record SearchFacets(Value lead, List<Value> proposers, List<Value> topics) {

    public static final SearchFacets NONE = new SearchFacets(new Value("", ""), List.of(), List.of());

    /** One value of a facet. */
    public record Value(String key, String label) {
        public Value {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    public SearchFacets {
        Objects.requireNonNull(lead, "lead");
        proposers = List.copyOf(proposers);
        topics = List.copyOf(topics);
    }
}
