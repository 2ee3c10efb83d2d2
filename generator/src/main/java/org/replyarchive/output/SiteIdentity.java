package org.replyarchive.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What tells one built site from every other at the same path: the identities (file keys) of its folder and of
 * its marker. Replacing the site whole makes a new folder; patching it in place puts a new marker in last. So a
 * cache that names the identity of the site it was written for is void for any other — one built without that
 * cache, or a patch that was undone.
 */
final class SiteIdentity {

    private SiteIdentity() {}

    /** The identity of the site in {@code folder}. */
    static String of(Path folder) {
        return of(folder, folder.resolve(StagingOutput.MARKER));
    }

    /** The identity a site in {@code folder} has once {@code marker} is its marker. */
    static String of(Path folder, Path marker) {
        return key(folder) + "/" + key(marker);
    }

    private static String key(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return key == null ? "?" : key.toString();
        } catch (IOException e) {
            return "?"; // no site yet: nothing can be taken over anyway
        }
    }
}
