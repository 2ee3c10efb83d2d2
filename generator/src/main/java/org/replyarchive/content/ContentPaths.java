package org.replyarchive.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps what a build reads inside the content folder: a symbolic link is followed only where it leads to a
 * file of the content folder itself, so a reply, page, registry or source can never publish a file of the
 * machine that builds it.
 */
final class ContentPaths {

    private ContentPaths() {}

    /**
     * Where {@code file}, found as {@code relativePath} of its content folder, really leads if that is outside
     * the content folder; empty if it stays inside (or does not exist, which the caller reports).
     */
    static Optional<Path> leadsOutside(Path file, String relativePath) {
        Path root = file.toAbsolutePath().normalize();
        for (int i = 0; i < Path.of(relativePath).getNameCount() && root != null; i++) {
            root = root.getParent();
        }
        return root == null ? Optional.empty() : leadsOutside(root, file);
    }

    /** Like {@link #leadsOutside(Path, String)} for a file and the content folder it must stay in. */
    static Optional<Path> leadsOutside(Path contentDirectory, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(contentDirectory.toRealPath()) ? Optional.empty() : Optional.of(real);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The fix for a link that leads outside, the same wherever it is found. */
    static String outsideMessage(Path target) {
        return "is a symbolic link to " + target + ", outside the content folder, and a build publishes only"
                + " the content folder's own files";
    }

    static final String OUTSIDE_FIX = "copy the file into the content folder, or make the link point inside it";
}
