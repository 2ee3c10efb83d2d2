package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The folders a build keeps beside the output {@code site}, each named after it and the build
 * ({@code .site.staging-<build>}, {@code .site.ready-<build>}, {@code .site.previous-<build>}), and the recovery
 * that puts right, at the next start, whatever a killed build left.
 *
 * <p>Every step of a build changes these folders by one rename, so the folders alone tell how far it got:
 * a staging folder is unfinished; a ready folder is a complete new site; a previous folder is the complete old
 * site moved aside. For a site patched in place ({@link SitePatch}), a patch folder is a complete set of changes
 * and a replaced folder holds the old versions of what it changed. Only folders holding the {@link StagingOutput#MARKER} (or empty ones) are touched; any
 * other folder of such a name is someone else's and stops the build.
 */
final class OutputSiblings {

    enum Kind {
        STAGING, READY, PREVIOUS, PATCH, REPLACED;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path output;
    private final String name;

    OutputSiblings(Path output) {
        this.output = output;
        this.name = output.getFileName().toString();
    }

    /**
     * A name for a new build's folders, unique to it: the time first, so that folders of successive builds sort
     * in the order they were made.
     */
    static String newBuild() {
        return String.format(java.util.Locale.ROOT, "%012x-%d-%04x", System.currentTimeMillis(),
                ProcessHandle.current().pid(), new java.security.SecureRandom().nextInt(0x10000));
    }

    /** The folder of {@code kind} for the build {@code build}. */
    Path folder(Kind kind, String build) {
        return output.resolveSibling("." + name + "." + kind.word() + "-" + build);
    }

    /**
     * Makes the output whole again after a killed build: brings back a complete site if none is at the output
     * path (the new one if it was ready, else the old one), then removes every leftover folder.
     */
    void recover(FileWriting disk) {
        List<Path> staging = existing(Kind.STAGING);
        List<Path> ready = existing(Kind.READY);
        List<Path> previous = existing(Kind.PREVIOUS);
        List<Path> patches = existing(Kind.PATCH);
        List<Path> replaced = existing(Kind.REPLACED);
        Stream.of(staging, ready, previous, replaced).flatMap(List::stream).forEach(this::refuseForeign);
        patches.stream().filter(patch -> !SitePatch.hasJournal(patch)).forEach(this::refuseForeign);
        try {
            // A complete patch was being applied when its build died: the caches describe the patched site.
            for (Path patch : patches) {
                if (SitePatch.hasJournal(patch) && OutputSiblings.isMarked(output)) {
                    new SitePatch(disk, output, patch, folder(Kind.REPLACED, buildOf(patch))).finish();
                } else {
                    FileTrees.deleteMarkerLast(patch, disk);
                }
            }
            replaced.removeIf(folder -> !Files.exists(folder, LinkOption.NOFOLLOW_LINKS));
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                if (!ready.isEmpty()) {
                    disk.rename(ready.remove(ready.size() - 1), output);
                } else if (!previous.isEmpty()) {
                    disk.rename(previous.remove(previous.size() - 1), output);
                }
            }
            for (Path leftover : Stream.of(staging, ready, previous, replaced).flatMap(List::stream).toList()) {
                FileTrees.deleteMarkerLast(leftover, disk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recover the output " + output + " from what an interrupted build"
                    + " left beside it — make the folder holding it writable", e);
        }
    }

    /** The build a sibling folder belongs to: what follows its kind in its name. */
    private String buildOf(Path sibling) {
        String folderName = sibling.getFileName().toString();
        return folderName.substring(folderName.indexOf('-', name.length() + 2) + 1);
    }

    /** The folders of {@code kind} beside the output, oldest build first (build names start with the time). */
    List<Path> existing(Kind kind) {
        String prefix = "." + name + "." + kind.word();
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            return new java.util.ArrayList<>(siblings
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList());
        } catch (java.nio.file.NoSuchFileException e) {
            return new java.util.ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + output.getParent(), e);
        }
    }

    private void refuseForeign(Path sibling) {
        if (!isMarked(sibling) && !isEmptyFolder(sibling)) {
            throw new UnsafeOutputException(sibling + " is named like a folder this generator keeps beside the"
                    + " output " + output + ", but it holds no " + StagingOutput.MARKER + " marker, so it is not"
                    + " ours and is left alone — move it away or delete it yourself, or choose another"
                    + " outputDirectory");
        }
    }

    /** Whether {@code folder} is a real folder holding this generator's marker with its exact text. */
    static boolean isMarked(Path folder) {
        Path marker = folder.resolve(StagingOutput.MARKER);
        try {
            return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(marker) == StagingOutput.MARKER_TEXT.length()
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(StagingOutput.MARKER_TEXT);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
