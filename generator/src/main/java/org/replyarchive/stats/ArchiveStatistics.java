package org.replyarchive.stats;

import java.util.List;
import java.util.Optional;

/**
 * The statistics of an archive.
 *
 * @param replies how many replies the archive has
 * @param withDeadline how many have a deadline (written or computed), so can be on time or late
 * @param onTime how many of those were dated on or before their deadline in force
 * @param withAssignment how many have an assignment date, so days to reply
 * @param medianTenths the median days from assignment to reply, in tenths of a day; empty without dates
 */
public record ArchiveStatistics(int replies, List<Breakdown> breakdowns, int withDeadline, int onTime,
        int withAssignment, Optional<Long> medianTenths) {

    public ArchiveStatistics {
        breakdowns = List.copyOf(breakdowns);
    }

    /** The share of replies with a deadline that kept it, in whole percent; empty when none has a deadline. */
    public Optional<Long> onTimePercent() {
        return withDeadline == 0 ? Optional.empty() : Optional.of(Math.round(100.0 * onTime / withDeadline));
    }
}
