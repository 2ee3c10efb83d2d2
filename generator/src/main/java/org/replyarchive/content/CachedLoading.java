package org.replyarchive.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.replyarchive.model.Site;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problems;

/**
 * Loads the content folder with the help of the cache folder: the model of the last successful load is taken
 * over when no file changed ({@link LoadSnapshot}), brought up to date when only texts changed
 * ({@link BodyChanges}), and made again from every file otherwise. The three give the same model and the same
 * warnings; the first two spare an incremental build parsing thousands of front matters.
 *
 * <pre>{@code
 * CachedLoading.Loaded loaded = CachedLoading.load(Path.of("content"), Optional.of(cache), engine, problems);
 * }</pre>
 */
public final class CachedLoading {

    /**
     * A loaded archive.
     *
     * @param shape {@link ModelCodec#shape} of the site: equal between two builds whose content differs at most in
     *     the wording of texts; empty when the build keeps no cache
     * @param how how it was loaded, for the build's progress line
     * @param saved done once the snapshot of this load is kept for the next build (it is written while the
     *     build goes on)
     */
    public record Loaded(Site site, String shape, String how, CompletableFuture<Void> saved) {

        Loaded(Site site, String shape, String how) {
            this(site, shape, how, CompletableFuture.completedFuture(null));
        }
    }

    private CachedLoading() {}

    /**
     * Loads {@code contentDirectory}, adding the warnings to {@code problems}.
     *
     * @param engine identifies the engine: a snapshot written by another is not used
     * @throws ContentProblemsException when the content has errors
     */
    public static Loaded load(Path contentDirectory, Optional<Path> cacheDirectory, String engine, Problems problems) {
        BodyDigests digests = BodyDigests.open(cacheDirectory);
        try {
            if (cacheDirectory.isEmpty()) {
                return new Loaded(new ContentLoader(problems, digests).load(contentDirectory), "", "read");
            }
            Path cache = cacheDirectory.get();
            // A snapshot is of one content folder, loaded by one engine.
            String identity = engine + " " + contentDirectory.toAbsolutePath().normalize();
            // The snapshot is read while the content is stamped: the one parses, the other waits on the disk.
            CompletableFuture<Optional<LoadSnapshot>> snapshot = SnapshotStore.read(cache, identity);
            // Stamped before anything is read: a file written while the build reads it is read again next time.
            Optional<Map<String, String>> stamps = ContentStamps.of(contentDirectory);
            Optional<Loaded> shortcut = stamps.flatMap(s -> snapshot.join()
                    .flatMap(found -> fromSnapshot(contentDirectory, cache, found, s, digests, problems)));
            return shortcut.orElseGet(() -> loadAll(contentDirectory, cache, identity, stamps, digests, problems));
        } finally {
            // What was learnt of the files holds whatever the build's outcome.
            digests.save();
        }
    }

    /**
     * The file in {@code cacheDirectory} that holds the snapshot of the last load: written as that build loaded
     * its content, so a content file changed later is newer than it.
     */
    public static Path snapshotFile(Path cacheDirectory) {
        return LoadSnapshot.file(cacheDirectory);
    }

    /** The snapshot's model when no file changed, brought up to date when only texts did; else empty. */
    private static Optional<Loaded> fromSnapshot(Path contentDirectory, Path cache, LoadSnapshot snapshot,
            Map<String, String> stamps, BodyDigests digests, Problems problems) {
        // The files not read again keep what is known of their bodies, for a later full load.
        digests.keep(stamps.keySet());
        Optional<Set<String>> changed = ContentStamps.changed(snapshot.stamps(), stamps);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        if (changed.get().isEmpty()) {
            problems.addAll(snapshot.warnings());
            return Optional.of(new Loaded(snapshot.site(), snapshot.shape(), "unchanged since the last build"));
        }
        return BodyChanges.reload(contentDirectory, snapshot, changed.get(), digests).map(reloaded -> {
            problems.addAll(reloaded.warnings());
            CompletableFuture<Void> saved = SnapshotStore.write(new LoadSnapshot(snapshot.engine(), stamps,
                    snapshot.shape(), reloaded.warnings(), reloaded.site()), cache);
            return new Loaded(reloaded.site(), snapshot.shape(), "texts read again", saved);
        });
    }

    /** Loads every file, and keeps the snapshot of what was loaded for the next build. */
    private static Loaded loadAll(Path contentDirectory, Path cache, String engine,
            Optional<Map<String, String>> stamps, BodyDigests digests, Problems problems) {
        Problems loading = new Problems();
        Site site;
        try {
            site = new ContentLoader(loading, digests).load(contentDirectory);
        } finally {
            problems.addAll(loading.sorted());
        }
        String shape = ModelCodec.shape(site);
        CompletableFuture<Void> saved = stamps.map(s -> SnapshotStore.write(
                new LoadSnapshot(engine, s, shape, loading.warnings(), site), cache))
                .orElse(CompletableFuture.completedFuture(null));
        return new Loaded(site, shape, "read", saved);
    }
}
