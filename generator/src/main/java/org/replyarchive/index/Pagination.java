package org.replyarchive.index;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into numbered pages of a fixed size; a list that fits on one page still has page 1. */
public final class Pagination {

    /** The number of replies on one list page. */
    public static final int PAGE_SIZE = 20;

    /** One page: its 1-based number, the number of pages, and its items. */
    public record Slice<T>(int number, int pageCount, List<T> items) {
        public Slice {
            items = List.copyOf(items);
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pageCount;
        }
    }

    private Pagination() {}

    public static <T> List<Slice<T>> paginate(List<T> items, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
        }
        int pageCount = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        List<Slice<T>> pages = new ArrayList<>(pageCount);
        for (int n = 1; n <= pageCount; n++) {
            int from = (n - 1) * pageSize;
            pages.add(new Slice<>(n, pageCount, items.subList(from, Math.min(items.size(), from + pageSize))));
        }
        return pages;
    }
}
