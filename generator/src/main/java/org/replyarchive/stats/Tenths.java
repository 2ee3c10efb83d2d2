package org.replyarchive.stats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Medians kept in tenths of a day, and their written form: {@code 81} or {@code 81.5}. */
public final class Tenths {

    private Tenths() {}

    /** The median of {@code days}, in tenths; empty for no values. The list need not be sorted. */
    static Optional<Long> median(List<Long> days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = days.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long tenTimes = sorted.size() % 2 == 1 ? sorted.get(middle) * 10
                : (sorted.get(middle - 1) + sorted.get(middle)) * 5;
        return Optional.of(tenTimes);
    }

    /** {@code tenths} as a number of days, with one decimal only when it has one. */
    public static String text(long tenths) {
        return tenths % 10 == 0 ? String.valueOf(tenths / 10)
                : String.format(Locale.ROOT, "%d.%d", tenths / 10, Math.abs(tenths % 10));
    }
}
