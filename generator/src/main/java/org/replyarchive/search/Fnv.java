package org.replyarchive.search;

/**
 * The 32-bit FNV-1a hash of a term's UTF-16 code units. It picks a term's shard, its spill partition and the
 * name of a common term's own file, so {@code search.js} computes exactly the same.
 */
final class Fnv {

    static final int OFFSET_BASIS = 0x811c9dc5;
    static final int PRIME = 0x01000193;

    private Fnv() {}

    static int hash(CharSequence term) {
        int hash = OFFSET_BASIS;
        for (int i = 0; i < term.length(); i++) {
            hash = (hash ^ term.charAt(i)) * PRIME;
        }
        return hash;
    }

    static int hash(char[] chars, int from, int length) {
        int hash = OFFSET_BASIS;
        for (int i = from; i < from + length; i++) {
            hash = (hash ^ chars[i]) * PRIME;
        }
        return hash;
    }

    /** The hash as eight lower-case hex digits, as file names carry it. */
    static String hex(int hash) {
        String digits = Integer.toHexString(hash);
        return "0".repeat(8 - digits.length()) + digits;
    }
}
