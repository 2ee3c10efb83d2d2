package org.replyarchive.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.SiteFixture;
import org.replyarchive.testing.TreeDigest;

/**
 * A site theme's files stay inside its folder: its static files are published and its templates and words
 * read, so a link out of it would publish (or print) a file of the machine that builds.
 */
class ThemeLinksTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"static/site.css", "templates/layout.ftlh", "templates/partials/x.ftlh", "i18n/zh.yaml"})
    void aThemeFileThatLinksOutsideTheThemeIsRefusedAndNothingOfItIsShown(String file) throws IOException {
        Path content = SiteFixture.write(dir, "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH);
        Path theme = Files.createDirectories(dir.resolve("theme"));
        build(content, theme);
        String before = TreeDigest.of(dir.resolve("site"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:secret");
        Files.createDirectories(theme.resolve(file).getParent());
        Files.createSymbolicLink(theme.resolve(file), secret);

        ContentProblemsException e = assertThrows(ContentProblemsException.class, () -> build(content, theme));

        assertEquals(List.of(file + ":1:1: the theme file is a symbolic link to " + secret.toRealPath() + ", outside"
                + " the theme folder, and a build reads and publishes only the theme folder's own files — copy the"
                + " file into the theme folder, or make the link point inside it"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(before, TreeDigest.of(dir.resolve("site")), "the previous site is untouched");
        assertTrue(e.problems().stream().noneMatch(p -> p.toString().contains("root:x")), "nothing of the file shows");
    }

    @Test
    void aThemeFileThatLinksToAMissingFileIsAnErrorAtTheLink() throws IOException {
        Path content = SiteFixture.write(dir, "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH);
        Path theme = Files.createDirectories(dir.resolve("theme/static"));
        Files.createSymbolicLink(theme.resolve("site.css"), Path.of("old.css"));

        ContentProblemsException e = assertThrows(ContentProblemsException.class,
                () -> build(content, theme.getParent()));

        assertEquals(List.of("static/site.css:1:1: the theme file is a symbolic link to a missing file (old.css) —"
                + " remove it, or point it at a file inside the theme folder"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void linksInsideTheThemeAreFollowed() throws IOException {
        Path content = SiteFixture.write(dir, "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH);
        Path theme = Files.createDirectories(dir.resolve("theme/static"));
        Files.writeString(theme.resolve("shared.css"), "body { color: #123456 }\n");
        Files.createSymbolicLink(theme.resolve("site.css"), Path.of("shared.css"));

        build(content, theme.getParent());

        assertEquals("body { color: #123456 }\n", Files.readString(dir.resolve("site/assets/site.css")));
    }

    @Test
    void aThemeFolderThatDoesNotExistIsRefusedRatherThanIgnored() {
        Path content = SiteFixture.write(dir, "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH);
        Path missing = dir.resolve("themes/goverment");

        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> build(content, missing));

        assertEquals("themeDirectory " + missing + " does not exist — give the folder of the site theme (with"
                + " templates/, i18n/ or static/), or leave out themeDirectory for the default theme", e.getMessage());
    }

    private void build(Path content, Path theme) {
        SiteGenerator.build(BuildConfig.builder(content, dir.resolve("site")).themeDirectory(theme).build(),
                BuildListener.SILENT);
    }
}
