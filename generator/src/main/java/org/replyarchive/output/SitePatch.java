package org.replyarchive.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Brings an existing site up to date in place from a patch folder that holds only the files a build changed,
 * and a journal naming the files it removed. An incremental build so changes as many files as it changed
 * pages, where replacing the whole site would touch every file of it twice (taking each over, then removing
 * the old copy).
 *
 * <p>Each file is replaced by one rename, so a reader of the site never sees half a file, and each step is
 * undone or finished from what is on disk alone:
 * <ol>
 *   <li>the patch folder is complete once renamed from {@code .site.staging-B} to {@code .site.patch-B};
 *   <li>each removed file is moved into {@code .site.replaced-B}; each replaced file is first linked there, then
 *       the new file renamed over it — so the old version of everything touched is kept until the end;
 *   <li>the site's marker comes last, then both folders are deleted.
 * </ol>
 * A failure midway puts every file touched back from {@code .site.replaced-B}. A process killed midway leaves
 * the patch folder, which the next build's recovery applies to its end ({@link #finish}): the site then is the
 * new one, as the build's caches already describe.
 */
final class SitePatch {

    /** The journal at the patch folder's root: a fixed first line, then one removed path a line. */
    static final String JOURNAL = ".reply-archive-patch";

    private static final String JOURNAL_HEADER = "Reply Archive site patch 1";

    private final FileWriting disk;
    private final Path output;
    private final Path patch;
    private final Path replaced;

    SitePatch(FileWriting disk, Path output, Path patch, Path replaced) {
        this.disk = disk;
        this.output = output;
        this.patch = patch;
        this.replaced = replaced;
    }

    /** Writes the journal of {@code removed} into the (still staging) patch folder {@code folder}. */
    static void writeJournal(FileWriting disk, Path folder, Collection<String> removed) throws IOException {
        StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n');
        removed.stream().sorted().forEach(path -> text.append(path).append('\n'));
        disk.write(folder.resolve(JOURNAL), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes {@code staging} a complete patch of {@code output} removing {@code removed} — its journal written,
     * the folder renamed to {@code patch} — and applies it; on a failure the site is as it was.
     */
    static void complete(FileWriting disk, Path staging, Path patch, Path replaced, Path output,
            Collection<String> removed) {
        try {
            writeJournal(disk, staging, removed);
            disk.rename(staging, patch);
        } catch (IOException e) {
            throw OutputChecks.failure("Cannot mark the changes in " + staging + " complete", staging, e);
        }
        try {
            new SitePatch(disk, output, patch, replaced).apply();
        } catch (IOException e) {
            throw OutputChecks.failure("Cannot update the site " + output + " in place", output, e);
        }
    }

    /** Whether {@code folder} holds a complete journal: recovery may apply it. */
    static boolean hasJournal(Path folder) {
        Path journal = folder.resolve(JOURNAL);
        try {
            return Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)
                    && Files.readString(journal, StandardCharsets.UTF_8).startsWith(JOURNAL_HEADER + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Applies the patch folder to the site, keeping what it replaces until the end; on a failure puts the site
     * back as it was and rethrows.
     */
    void apply() throws IOException {
        Deque<Step> done = new ArrayDeque<>();
        try {
            // The folders it writes into or removes from are checked before anything is touched, as a whole
            // replacement checks every folder; a failure later (pruning an emptied folder) is undone as any is.
            List<String> touched = new ArrayList<>(removed());
            touched.addAll(changed());
            OutputChecks.refuseReadOnlyFolders(output, touched, disk);
            disk.createDirectories(replaced);
            disk.write(replaced.resolve(StagingOutput.MARKER), StagingOutput.MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
            for (String path : removed()) {
                Path file = output.resolve(path);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Path kept = replaced.resolve(path);
                    disk.createDirectories(kept.getParent());
                    disk.rename(file, kept);
                    done.push(new Step(path, true, false));
                }
            }
            pruneEmptyFolders(removed());
            for (String path : changed()) {
                Path file = output.resolve(path);
                boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
                if (existed) {
                    Path kept = replaced.resolve(path);
                    disk.createDirectories(kept.getParent());
                    disk.linkOrCopy(kept, file);
                }
                disk.createDirectories(file.getParent());
                disk.rename(patch.resolve(path), file);
                done.push(new Step(path, existed, true));
            }
        } catch (IOException | RuntimeException e) {
            undo(done);
            throw e;
        }
        try {
            clearAway();
        } catch (IOException e) {
            // The site is whole and new; the next build's recovery finds nothing left to apply and clears away.
        }
    }

    /**
     * Recovery: applies what is left in a complete patch folder of a killed build, to its end, without keeping
     * old versions (nothing is left to undo once the build is gone), then removes both folders.
     */
    void finish() throws IOException {
        List<String> removed = removed();
        for (String path : removed) {
            disk.delete(output.resolve(path));
        }
        pruneEmptyFolders(removed);
        for (String path : changed()) {
            Path file = output.resolve(path);
            disk.createDirectories(file.getParent());
            disk.rename(patch.resolve(path), file);
        }
        clearAway();
    }

    /** One file touched: whether an old version was kept, and whether a new one was moved in. */
    private record Step(String path, boolean keptOld, boolean movedIn) {}

    /**
     * Puts back every file touched, newest step first, then discards the patch: its journal first, so that
     * a patch cut short by the discard is never applied by recovery.
     */
    private void undo(Deque<Step> done) {
        for (Step step : done) {
            try {
                Path file = output.resolve(step.path());
                if (step.movedIn()) {
                    disk.rename(file, patch.resolve(step.path()));
                }
                if (step.keptOld()) {
                    disk.createDirectories(file.getParent());
                    disk.rename(replaced.resolve(step.path()), file);
                }
            } catch (IOException | RuntimeException e) {
                // The patch folder stays: the next build's recovery brings the site to the new state instead.
                return;
            }
        }
        try {
            FileTrees.deleteMarkerLast(replaced, disk);
            disk.delete(patch.resolve(JOURNAL));
            FileTrees.deleteMarkerLast(patch, disk);
        } catch (IOException | RuntimeException e) {
            // Marked, beside a whole site: the next build's recovery removes what is left.
        }
    }

    /** Removes both folders: the old versions first (marker last), then the patch folder (journal last). */
    private void clearAway() throws IOException {
        FileTrees.deleteMarkerLast(replaced, disk);
        FileTrees.delete(patch, disk, patch.resolve(JOURNAL));
    }

    private List<String> removed() throws IOException {
        List<String> lines = Files.readAllLines(patch.resolve(JOURNAL), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The files of the patch folder, the site's marker last: once a new marker stands the build's caches hold
     * (they name the marker's identity), so it must not stand before everything else does.
     */
    private List<String> changed() throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(patch)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> patch.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(JOURNAL) && !p.equals(StagingOutput.MARKER))
                    .sorted()
                    .forEach(paths::add);
        }
        if (Files.exists(patch.resolve(StagingOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            paths.add(StagingOutput.MARKER);
        }
        return paths;
    }

    /** Removes the folders of the site that removing {@code paths} left empty, as a clean build has none. */
    private void pruneEmptyFolders(List<String> paths) throws IOException {
        for (String path : paths) {
            Path folder = output.resolve(path).getParent();
            while (folder != null && folder.startsWith(output) && !folder.equals(output) && isEmpty(folder)) {
                disk.delete(folder);
                folder = folder.getParent();
            }
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
