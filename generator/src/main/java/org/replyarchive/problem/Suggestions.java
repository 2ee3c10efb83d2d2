package org.replyarchive.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean" suggestions: the known names nearest to a misspelt one. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The known name nearest to {@code wrong} by edit distance, if it is near enough to be a likely typo
     * (at most a third of the longer name's length, and at least one edit).
     */
    public static Optional<String> nearest(String wrong, Collection<String> known) {
        return known.stream()
                .sorted()
                .min(Comparator.comparingInt(candidate -> distance(wrong, candidate)))
                .filter(best -> distance(wrong, best) <= Math.max(2, Math.max(wrong.length(), best.length()) / 3));
    }

    /**
     * The fix text for an unknown name: the nearest one if there is a likely typo, else the list of known
     * names (shortened when long).
     */
    public static String didYouMean(String wrong, Collection<String> known) {
        Optional<String> nearest = nearest(wrong, known);
        if (nearest.isPresent()) {
            return "did you mean '" + nearest.get() + "'?";
        }
        List<String> sorted = known.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "none is defined yet";
        }
        String list = String.join(", ", sorted.subList(0, Math.min(12, sorted.size())));
        return "known: " + list + (sorted.size() > 12 ? ", … (" + sorted.size() + " in all)" : "");
    }

    /** Levenshtein distance between two strings, by code unit. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
