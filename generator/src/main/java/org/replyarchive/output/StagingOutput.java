package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes a site into a staging folder of its own beside the output folder, then swaps it in — or, for an
 * incremental build, writes only the files that changed and patches the site with them in place.
 *
 * <pre>{@code
 * StagingOutput staging = StagingOutput.open(Path.of("target/site"), FileWriting.SYSTEM);
 * staging.write(OutputFile.text("index.html", html));
 * staging.commit(); // only now is target/site replaced
 * }</pre>
 *
 * If the build fails before {@link #commit()}, {@link #discard()} removes the staging folder and the previous
 * output stays as it was. The swap is three renames, each safe to be killed at ({@link OutputSiblings}); {@link
 * #open} first recovers what a killed build left. Callers hold the {@link OutputLock}.
 *
 * <p>{@link #openInPlace} is for a build that knows the files of the site it replaces (its cache holds their
 * list): files it takes over stay where they are, the files it writes and the list of those it no longer has
 * make a patch that {@link SitePatch} applies file by file.
 */
public final class StagingOutput implements OutputSink {

    /** At the root of every site and every folder kept beside it: a build removes no folder without it. */
    public static final String MARKER = ".reply-archive";

    /** The marker's text, the same in every build so that output stays byte-identical. */
    public static final String MARKER_TEXT = "This folder is written by Reply Archive. A build replaces it whole.\n";

    private final Path output;
    private final OutputSiblings siblings;
    private final String build;
    private final FileWriting disk;
    private final Path staging;
    private final SiteFiles files;
    /** Set once the staging folder is committed or discarded: a worker still running may write no more. */
    private volatile boolean closed;

    private StagingOutput(Path output, FileWriting disk, Set<String> previousFiles) {
        this.output = output;
        this.files = new SiteFiles(previousFiles);
        this.siblings = new OutputSiblings(output);
        this.disk = disk;
        this.build = OutputSiblings.newBuild();
        this.staging = siblings.folder(OutputSiblings.Kind.STAGING, build);
    }

    /**
     * Recovers what an interrupted build left, then prepares an empty, marked staging folder for
     * {@code output}.
     *
     * @throws UnsafeOutputException when {@code output} is a file, holds files but no {@link #MARKER} of an
     *     earlier build, holds a folder the build could not remove, or a folder named like ours lacks the marker
     */
    public static StagingOutput open(Path output, FileWriting disk) {
        return open(output, disk, null);
    }

    /**
     * Like {@link #open(Path, FileWriting)}, for a build whose cache knows {@code previousFiles}, the files of
     * the site at {@code output}: the site is then patched in place rather than replaced whole. Where no marked
     * site stands there, it is replaced whole after all.
     */
    public static StagingOutput openInPlace(Path output, FileWriting disk, Set<String> previousFiles) {
        return open(output, disk, previousFiles.isEmpty() ? null : Set.copyOf(previousFiles));
    }

    /**
     * Puts right what a killed build left beside {@code output}: a site patched halfway is finished, a site
     * swapped halfway put back. {@link #open} does it too; a build calls it first when its caches depend on the
     * site it finds.
     */
    public static void recover(Path output, FileWriting disk) {
        Path site = output.toAbsolutePath().normalize();
        SupersededSites.awaitRemovals();
        OutputChecks.refuseFile(site);
        new OutputSiblings(site).recover(disk);
    }

    private static StagingOutput open(Path output, FileWriting disk, Set<String> previousFiles) {
        Path site = output.toAbsolutePath().normalize();
        recover(site, disk);
        OutputChecks.refuseForeignFolder(site);
        boolean marked = OutputSiblings.isMarked(site);
        if (!marked || previousFiles == null) { // a patch checks the folders it touches (SitePatch)
            OutputChecks.refuseReadOnly(site, disk);
        }
        StagingOutput out = new StagingOutput(site, disk, marked ? previousFiles : null);
        try {
            disk.createDirectories(out.staging);
            if (marked && previousFiles == null) {
                // Taken over like any unchanged file, so that an unchanged site is not written again.
                disk.linkOrCopy(out.staging.resolve(MARKER), out.output.resolve(MARKER));
            } else {
                disk.write(out.staging.resolve(MARKER), MARKER_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            UncheckedIOException failure = OutputChecks.failure("Cannot prepare the staging folder " + out.staging,
                    out.staging, e);
            try {
                out.discard();
            } catch (UncheckedIOException notRemoved) {
                failure.addSuppressed(notRemoved); // marked or empty: the next build's recovery removes it
            }
            throw failure;
        }
        return out;
    }

    @Override
    public void write(OutputFile file) {
        Path target = target(file.path());
        files.wrote(file.path());
        try {
            disk.createDirectories(target.getParent());
            disk.write(target, file.content());
        } catch (IOException e) {
            throw OutputChecks.failure("Cannot write " + target, staging, e);
        }
    }

    private void refuseClosed() {
        if (closed) {
            throw new IllegalStateException("The build has stopped: nothing more is written to " + staging);
        }
    }

    /** Where a file written as it is made ({@link StreamedFile}) goes; it counts as written. */
    Path streamedTarget(String path) {
        files.wrote(path);
        return target(path);
    }

    /** Where {@code path} goes in the staging folder: never outside it, nor once it is committed or discarded. */
    Path target(String path) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("Refusing to write outside the site: " + path);
        }
        refuseClosed();
        return target;
    }

    /**
     * Takes {@code file} over from the previous output instead of writing it again: a hard link where the file
     * system allows one, else a copy. The previous output is left as it is.
     */
    @Override
    public void reuse(String file) {
        Path from = output.resolve(file).normalize();
        if (!from.startsWith(output)) {
            throw new IllegalArgumentException("Refusing to reuse a file outside the site: " + file);
        }
        refuseClosed();
        files.tookOver(file);
        if (files.isInPlace()) {
            if (!Files.isRegularFile(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw OutputChecks.failure("Cannot take over " + from, staging,
                        new java.nio.file.NoSuchFileException(from.toString()));
            }
            return; // it stays where it is
        }
        Path target = target(file);
        try {
            if (Files.exists(target) && Files.isSameFile(target, from)) {
                return; // the marker, taken over when the staging folder was made
            }
            disk.createDirectories(target.getParent());
            disk.linkOrCopy(target, from);
        } catch (IOException e) {
            throw OutputChecks.failure("Cannot take over " + from, staging, e);
        }
    }

    @Override
    public java.util.Optional<byte[]> previous(String path) {
        return new PreviousSite(output).read(path);
    }

    /** The file at {@code path} of the previous output, if it holds one. */
    public java.util.Optional<Path> previousFile(String path) {
        return new PreviousSite(output).file(path);
    }

    /** Whether the previous output holds {@code file} with exactly {@code content}. */
    public boolean previousHolds(OutputFile file) {
        return new PreviousSite(output).holds(file);
    }

    /**
     * Replaces the output folder with the staging folder, which must be complete ({@link SiteSwap}); returns the
     * old site's folder if it could not be removed (the new site is in place regardless), else empty.
     */
    public java.util.Optional<Path> commit() {
        return commit(false);
    }

    /**
     * Like {@link #commit()}; with {@code removeOldSiteLater} the old site is removed on a thread of its own, for
     * a process that builds again and again and should not wait for a slow disk.
     */
    public java.util.Optional<Path> commit(boolean removeOldSiteLater) {
        closed = true;
        if (files.isInPlace()) {
            if (files.changesAnything()) {
                SitePatch.complete(disk, staging, siblings.folder(OutputSiblings.Kind.PATCH, build),
                        siblings.folder(OutputSiblings.Kind.REPLACED, build), output, files.removed());
            } else {
                discard();
            }
            return java.util.Optional.empty();
        }
        return new SiteSwap(disk, output, siblings.folder(OutputSiblings.Kind.READY, build),
                siblings.folder(OutputSiblings.Kind.PREVIOUS, build), removeOldSiteLater).swap(staging);
    }

    /** Every file of the new site; complete once every stage has written. */
    public Set<String> files() {
        return files.all();
    }

    /**
     * What will tell the new site apart once it stands at the output path (see {@link SiteIdentity}): the
     * staging folder itself when it replaces the site, the site's folder and its new marker when patched.
     */
    public String identityAfterCommit() {
        return !files.isInPlace() ? SiteIdentity.of(staging)
                : files.changesAnything() ? SiteIdentity.of(output, staging.resolve(MARKER)) : SiteIdentity.of(output);
    }

    /** Removes the staging folder after a failed build; the output folder is left untouched. */
    public void discard() {
        closed = true;
        try {
            FileTrees.deleteMarkerLast(staging, disk);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the staging folder " + staging
                    + " (the next build removes it)", e);
        }
    }
}
