package org.replyarchive.content;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /**
     * Why {@code file}, a path that does not lead to a file, cannot be followed, if it is a symbolic link: its
     * target is missing, or the links loop; empty when it is no link (the caller reports a missing file).
     */
    static Optional<String> brokenLink(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return Optional.empty();
        }
        String target;
        try {
            target = Files.readSymbolicLink(file).toString();
        } catch (IOException e) {
            target = "?";
        }
        try {
            file.toRealPath();
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of("is a symbolic link to a missing file (" + target + ")");
        } catch (IOException e) {
            return Optional.of("is a symbolic link that cannot be followed (" + target + ": " + reason(e) + ")");
        }
    }

    /** The fix for a link that leads nowhere. */
    static final String BROKEN_FIX = "remove it, or point it at a file inside content/";

    /** What the system said of an {@link IOException}, without the path it repeats. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
