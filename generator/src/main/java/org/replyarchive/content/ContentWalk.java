package org.replyarchive.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * The regular files under a folder of the content, following symbolic links to folders once: a link that loops
 * back is skipped (its files are found through the real folder). What cannot be followed or read — a link to a
 * missing file, links that loop on themselves, a folder that cannot be listed — is an error at its own path, so
 * that a reply never silently drops out of the site, and the rest is still found. Whether a link leads outside
 * the content folder is checked when the file is read.
 */
final class ContentWalk {

    private ContentWalk() {}

    /** The regular files under {@code dir}, a folder of {@code root}, sorted; problems at paths of {@code root}. */
    static List<Path> regularFiles(Path root, Path dir, Problems problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                files.add(file);
                            } else if (attrs.isSymbolicLink()) {
                                // Walking with FOLLOW_LINKS, only a link that leads nowhere is seen as a link.
                                ContentPaths.brokenLink(file).ifPresent(why -> problems.error(at(root, file),
                                        "the file " + why, ContentPaths.BROKEN_FIX));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException)) {
                                unreadable(root, file, e, problems);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                            if (e != null) {
                                unreadable(root, folder, e, problems);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            unreadable(root, dir, e, problems);
        }
        files.sort(null);
        return files;
    }

    private static void unreadable(Path root, Path file, IOException e, Problems problems) {
        problems.error(at(root, file), "the " + (Files.isDirectory(file) ? "folder" : "file") + " cannot be read ("
                + ContentPaths.reason(e) + ")", "make it readable by the user who builds (chmod u+rX), or remove it");
    }

    private static SourcePosition at(Path root, Path file) {
        return SourcePosition.ofFile(root.relativize(file).toString().replace('\\', '/'));
    }
}
