package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Things looked for in a text, by the character each starts with, so that a text is scanned once whatever their
 * number. Indexed by the character itself: a scan asks at every character of every text, and a map keyed by boxed
 * characters cost 7% of a whole build.
 *
 * @param <T> what is looked for
 */
final class ByInitial<T> {

    private final Map<Character, List<T>> building = new HashMap<>();
    private Object[] lists;
    /**
     * Which characters start anything, a bit each: 8 KB that stay in the processor's cache, where the lists
     * (256 KB of references) would not, and nearly every character of a text starts nothing.
     */
    private final long[] initials = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    /** Adds {@code thing}, which starts with {@code initial}, after those added before it. */
    void add(char initial, T thing) {
        building.computeIfAbsent(initial, c -> new ArrayList<>()).add(thing);
    }

    /** The lists as they are to be asked, once all is added ({@code order} may sort each). */
    void finish(java.util.Comparator<? super T> order) {
        lists = new Object[building.isEmpty() ? 0 : Character.MAX_VALUE + 1];
        building.forEach((initial, list) -> {
            if (order != null) {
                list.sort(order);
            }
            lists[initial] = List.copyOf(list);
            initials[initial >>> 6] |= 1L << initial;
        });
        building.clear();
    }

    /** What starts with {@code c}, in the order added (or sorted); null for nothing. */
    @SuppressWarnings("unchecked")
    List<T> startingWith(char c) {
        return (initials[c >>> 6] & 1L << c) == 0 ? null : (List<T>) lists[c];
    }

    /** Whether nothing at all is looked for. */
    boolean isEmpty() {
        return lists.length == 0;
    }
}
