package org.replyarchive.stats;

import java.util.List;
import java.util.Objects;

/**
 * One figure of the statistics: its name ({@code years}, {@code sessions} …) and its bars in a fixed order.
 */
public record Breakdown(String id, List<Count> counts) {

    public static final String YEARS = "years";
    public static final String SESSIONS = "sessions";
    public static final String KINDS = "kinds";
    public static final String DEPARTMENTS = "departments";
    public static final String OUTCOMES = "outcomes";
    public static final String TIMELINESS = "timeliness";
    /** Median days from assignment to reply per year, in tenths of a day. */
    public static final String MEDIAN_DAYS = "median-days";

    public Breakdown {
        Objects.requireNonNull(id, "id");
        counts = List.copyOf(counts);
    }

    /** The largest value, for scaling a chart; at least 1 so that an empty figure draws no bar. */
    public long max() {
        return Math.max(1, counts.stream().mapToLong(Count::value).max().orElse(1));
    }
}
