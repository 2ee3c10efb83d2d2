package org.replyarchive.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Keeps a site theme's files inside its folder, as content stays inside the content folder: the theme's static
 * files are published and its templates read, so a symbolic link that leads out of the theme folder (to
 * {@code /etc/passwd}, a key, another project) or leads nowhere is an error at the link, before anything is
 * read. Links inside the folder are allowed.
 */
final class ThemeLinks {

    private ThemeLinks() {}

    /**
     * @throws InvalidRequestException when {@code themeFolder} is no folder: a mistyped themeDirectory would
     *     otherwise build the site with the default theme, silently
     * @throws ContentProblemsException naming every link of {@code themeFolder} that leads out of it or nowhere
     */
    static void refuseLinksOut(Path themeFolder) {
        if (!Files.isDirectory(themeFolder)) {
            throw new InvalidRequestException("themeDirectory " + themeFolder + (Files.exists(themeFolder)
                    ? " is a file, not a folder" : " does not exist") + " — give the folder of the site theme"
                    + " (with templates/, i18n/ or static/), or leave out themeDirectory for the default theme");
        }
        Problems problems = new Problems();
        try (Stream<Path> paths = Files.walk(themeFolder)) {
            Path root = themeFolder.toRealPath();
            for (Path path : paths.filter(Files::isSymbolicLink).sorted().toList()) {
                check(root, themeFolder, path, problems);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(SourcePosition.ofFile("."), "the theme folder " + themeFolder + " cannot be read ("
                    + e.getMessage() + ")", "make it readable by the user who builds (chmod -R u+rX), or leave"
                    + " out themeDirectory");
        }
        if (problems.hasErrors()) {
            throw ContentProblemsException.inTheme(problems.sorted());
        }
    }

    private static void check(Path root, Path themeFolder, Path link, Problems problems) {
        SourcePosition at = SourcePosition.ofFile(themeFolder.relativize(link).toString().replace('\\', '/'));
        String target = target(link);
        try {
            Path real = link.toRealPath();
            if (!real.startsWith(root)) {
                problems.error(at, "the theme file is a symbolic link to " + real + ", outside the theme folder, and"
                        + " a build reads and publishes only the theme folder's own files",
                        "copy the file into the theme folder, or make the link point inside it");
            }
        } catch (NoSuchFileException e) {
            problems.error(at, "the theme file is a symbolic link to a missing file (" + target + ")",
                    "remove it, or point it at a file inside the theme folder");
        } catch (IOException e) {
            problems.error(at, "the theme file is a symbolic link that cannot be followed (" + target + ")",
                    "remove it, or point it at a file inside the theme folder");
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
