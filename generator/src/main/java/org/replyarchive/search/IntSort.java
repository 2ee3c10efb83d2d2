package org.replyarchive.search;

/** Sorts indexes by a comparison of what they index, without boxing them: a stable merge sort. */
final class IntSort {

    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {}

    /** The indexes {@code 0 .. count-1} in the order {@code comparator} gives, ties in index order. */
    static int[] sorted(int count, IntComparator comparator) {
        int[] a = new int[count];
        for (int i = 0; i < count; i++) {
            a[i] = i;
        }
        int[] b = new int[count];
        for (int width = 1; width < count; width *= 2) {
            for (int from = 0; from < count; from += 2 * width) {
                merge(a, b, from, Math.min(from + width, count), Math.min(from + 2 * width, count), comparator);
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }

    private static void merge(int[] in, int[] out, int from, int middle, int to, IntComparator comparator) {
        int i = from;
        int j = middle;
        for (int k = from; k < to; k++) {
            if (i < middle && (j >= to || comparator.compare(in[i], in[j]) <= 0)) {
                out[k] = in[i++];
            } else {
                out[k] = in[j++];
            }
        }
    }
}
