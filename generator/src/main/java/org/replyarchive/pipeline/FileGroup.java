package org.replyarchive.pipeline;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.output.StreamedFile;

/**
 * Files made together from the site's metadata (the open data and feeds, the citation files): taken over as a
 * group, unmade, when the group's quick key is the cached build's ({@link QuickKeys}); otherwise each file is
 * made and compared with the previous output's, and the group's files are recorded for the next build.
 * Safe to use from several threads.
 */
final class FileGroup {

    private final BuildCache cache;
    private final String name;
    private final String key;
    private final StagingOutput staging;
    private final List<String> files = Collections.synchronizedList(new ArrayList<>());

    FileGroup(BuildCache cache, String name, String key, StagingOutput staging) {
        this.cache = cache;
        this.name = name;
        this.key = key;
        this.staging = staging;
    }

    /** Takes every file of the group over if its key is unchanged; returns how many files, else empty. */
    Optional<Integer> takeOver() {
        Optional<List<String>> unchanged = cache.isEnabled() ? cache.unchangedGroup(name, key) : Optional.empty();
        unchanged.ifPresent(paths -> paths.forEach(staging::reuse));
        return unchanged.map(List::size);
    }

    /** Writes {@code file}, or takes it over where the previous output holds the same bytes. */
    void put(OutputFile file) {
        files.add(file.path());
        if (staging.previousHolds(file)) {
            staging.reuse(file.path());
        } else {
            staging.write(file);
        }
    }

    /**
     * Opens {@code path} to be written as it is made, for a file too large to hold (the open data of a large
     * archive): always written, never compared with the previous output's.
     */
    OutputStream stream(String path) {
        files.add(path);
        return StreamedFile.open(staging, path).stream();
    }

    /** Records the group for the next build; returns how many files it has. */
    int finish() {
        if (cache.isEnabled()) {
            cache.recordGroup(name, key, files.stream().sorted().toList());
        }
        return files.size();
    }
}
