package org.replyarchive.search;

import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The posting files of an index, with each one's size and number of terms, and the common terms that have
 * files of their own: what the manifest lists, the figures report and the cache remembers for the next build.
 */
final class PostingCatalog {

    /** A posting file's size in bytes and its number of terms. */
    record Facts(int bytes, int terms) {}

    private final Map<String, Facts> files = new ConcurrentHashMap<>();
    private final Collection<String> soloTerms = java.util.Collections.synchronizedSet(new TreeSet<>());

    PostingCatalog() {}

    PostingCatalog(Map<String, Facts> files, Collection<String> soloTerms) {
        this.files.putAll(files);
        this.soloTerms.addAll(soloTerms);
    }

    void put(String file, Facts facts) {
        files.put(file, facts);
    }

    void remove(String file) {
        files.remove(file);
    }

    void addSolo(String term) {
        soloTerms.add(term);
    }

    void removeSolo(String term) {
        soloTerms.remove(term);
    }

    boolean isSolo(String term) {
        return soloTerms.contains(term);
    }

    boolean has(String file) {
        return files.containsKey(file);
    }

    /** The common terms, sorted. */
    java.util.List<String> soloTerms() {
        synchronized (soloTerms) {
            return java.util.List.copyOf(new TreeSet<>(soloTerms));
        }
    }

    SortedMap<String, Facts> files() {
        return new TreeMap<>(files);
    }

    int terms() {
        return files.values().stream().mapToInt(Facts::terms).sum();
    }

    /** The sizes of the largest posting files, largest first. */
    int[] largest(int n) {
        return files.values().stream().mapToInt(Facts::bytes).boxed()
                .sorted(java.util.Comparator.reverseOrder()).limit(n).mapToInt(Integer::intValue).toArray();
    }
}
