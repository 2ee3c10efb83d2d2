package org.replyarchive.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Puts a complete new site in place of the old one in three renames, so that a build killed at any instant
 * leaves a complete site at the output path or, for the instant between the second and third rename, a
 * complete site beside it that {@link OutputSiblings#recover} moves back at the next start:
 *
 * <ol>
 *   <li>{@code .site.staging-B} → {@code .site.ready-B}: the new site is complete (recovery may now use it);
 *   <li>{@code site} → {@code .site.previous-B}: the old site is moved aside, whole;
 *   <li>{@code .site.ready-B} → {@code site}: the new site is published; the old one is then deleted.
 * </ol>
 */
record SiteSwap(FileWriting disk, Path output, Path ready, Path previous, boolean removeOldSiteLater) {

    /** Swaps {@code staging} in; the old site's folder if it could not be deleted afterwards. */
    Optional<Path> swap(Path staging) {
        try {
            disk.rename(staging, ready);
        } catch (IOException e) {
            throw OutputChecks.failure("Cannot mark the new site in " + staging + " complete", staging, e);
        }
        boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        try {
            if (hadOutput) {
                disk.rename(output, previous);
            }
        } catch (IOException e) {
            deleteIfOutputWhole(ready);
            throw OutputChecks.failure("Cannot move the old site " + output + " aside", output, e);
        }
        try {
            disk.rename(ready, output);
        } catch (IOException e) {
            putBack(hadOutput);
            deleteIfOutputWhole(ready);
            throw OutputChecks.failure("Cannot move the new site to " + output, output, e);
        }
        if (removeOldSiteLater && hadOutput) {
            SupersededSites.removeLater(previous, disk);
            return Optional.empty();
        }
        try {
            FileTrees.deleteMarkerLast(previous, disk);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(previous);
        }
    }

    private void putBack(boolean hadOutput) {
        try {
            if (hadOutput) {
                disk.rename(previous, output);
            }
        } catch (IOException e) {
            // Both sites are still whole beside the output: the next build's recovery publishes the new one.
        }
    }

    /** Deletes {@code folder} only while a site stands at the output path, else recovery needs it. */
    private void deleteIfOutputWhole(Path folder) {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            FileTrees.deleteMarkerLast(folder, disk);
        } catch (IOException e) {
            // Marked and beside a whole output: the next build's recovery removes it.
        }
    }
}
