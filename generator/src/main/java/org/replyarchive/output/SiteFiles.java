package org.replyarchive.output;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files of the site a build makes, as its stages write them or take them over, and — for a site patched
 * in place — the files of the site it patches: from both follow what the patch removes and whether it
 * changes anything at all. Safe to use from several threads.
 */
final class SiteFiles {

    /** The files of the site being patched in place; null when the site is replaced whole. */
    private final Set<String> previous;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** How many files were written (the marker aside): none, and a patch would change nothing. */
    private final AtomicInteger written = new AtomicInteger();

    SiteFiles(Set<String> previous) {
        this.previous = previous;
        files.add(StagingOutput.MARKER);
    }

    boolean isInPlace() {
        return previous != null;
    }

    void wrote(String path) {
        files.add(path);
        written.incrementAndGet();
    }

    void tookOver(String path) {
        files.add(path);
    }

    /** The files of the site being patched that the new one no longer has. */
    List<String> removed() {
        return previous.stream().filter(path -> !files.contains(path)).toList();
    }

    /** Whether a patch would change the site: an unchanged site keeps even its marker, and so its caches. */
    boolean changesAnything() {
        return written.get() > 0 || !removed().isEmpty();
    }

    Set<String> all() {
        return Set.copyOf(files);
    }
}
