package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.SiteFixture;
import org.replyarchive.testing.TreeDigest;

/** Symbolic links are followed inside the content folder, once, and refused where they lead out of it. */
@Timeout(60)
class ContentLinksTest {

    private static final String REPLY = "replies/2023/2023D51.zh.md";

    @TempDir
    Path dir;

    @Test
    void aReplyThatLinksToAFileOutsideIsRefused() throws IOException {
        Path content = SiteFixture.write(dir, "-- " + REPLY + " --\n" + SiteFixture.REPLY_ZH);
        Path outside = Files.writeString(dir.resolve("secret.md"), SiteFixture.REPLY_ZH);
        Files.delete(content.resolve(REPLY));
        Files.createSymbolicLink(content.resolve(REPLY), outside);

        List<String> problems = errors(content);

        assertTrue(problems.contains(REPLY + ":1:1: the file is a symbolic link to " + outside.toRealPath()
                + ", outside the content folder, and a build publishes only the content folder's own files — copy"
                + " the file into the content folder, or make the link point inside it"), problems.toString());
    }

    @Test
    void aSourceThatLinksOutsideIsRefusedAtTheField() throws IOException {
        Path content = SiteFixture.write(dir, "-- " + REPLY + " --\n"
                + SiteFixture.REPLY_ZH.replace("summary: ", "source: sources/x.txt\nsummary: "));
        Files.createDirectories(content.resolve("sources"));
        Path outside = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(content.resolve("sources/x.txt"), outside);

        List<String> problems = errors(content);
        String target = outside.toRealPath().toString();

        assertEquals(1, problems.stream().filter(p -> p.contains("the source file 'sources/x.txt' is a symbolic link"
                + " to " + target + ", outside the content folder")).count(), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("root:x")), "nothing of the file is shown");
    }

    @Test
    void linksInsideTheContentFolderAreFollowedOnceEvenInALoop() throws IOException {
        Path content = SiteFixture.write(dir, "-- " + REPLY + " --\n" + SiteFixture.REPLY_ZH);
        Path real = content.resolve("drafts/2024");
        Files.createDirectories(real);
        Files.writeString(real.resolve("2024D9.zh.md"), SiteFixture.REPLY_ZH.replace("2023D51", "2024D9")
                .replace("2023-05-17", "2024-05-17").replace("〔2023〕", "〔2024〕"));
        Files.createSymbolicLink(content.resolve("replies/2024"), real);
        Files.createSymbolicLink(real.resolve("loop"), content.resolve("replies"));

        build(content); // would never end, or fail on the loop, if links were followed round

        assertTrue(Files.isRegularFile(dir.resolve("site/zh/replies/2024/2024D9/index.html")),
                "the reply under the linked folder is published");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "replies/2023/2023D9.zh.md, the file", "pages/about.zh.md, the file", "registry/sessions.yaml, the file",
        "glossary.yaml, the file", "replies/2024, the file", "pages, the folder"})
    void aLinkToAMissingFileIsAnErrorAtTheLinkAndThePreviousSiteStays(String link, String kind) throws IOException {
        Path content = SiteFixture.write(dir, "-- " + REPLY + " --\n" + SiteFixture.REPLY_ZH);
        build(content);
        String before = TreeDigest.of(dir.resolve("site"));
        Path at = content.resolve(link);
        Files.createDirectories(at.getParent());
        Files.deleteIfExists(at);
        Files.createSymbolicLink(at, Path.of("../gone"));

        List<String> problems = errors(content);

        assertTrue(problems.contains(link + ":1:1: " + kind + " is a symbolic link to a missing file (../gone) — remove"
                + " it, or point it at a file inside content/"), problems.toString());
        assertEquals(before, TreeDigest.of(dir.resolve("site")), "the previous site is untouched");
        assertEquals(List.of(".site.lock", "site"), TreeDigest.names(dir).stream()
                .filter(n -> !n.equals("content")).toList(), "nothing is left beside the site");
    }

    @Test
    void aLinkThatLoopsOnItselfIsAnErrorAtTheLink() throws IOException {
        Path content = SiteFixture.write(dir, "-- " + REPLY + " --\n" + SiteFixture.REPLY_ZH);
        Path link = content.resolve("replies/2023/2023D9.zh.md");
        Files.createSymbolicLink(link, link.getFileName());

        List<String> problems = errors(content);

        assertEquals(1, problems.stream().filter(p -> p.startsWith("replies/2023/2023D9.zh.md:1:1: the file is a"
                + " symbolic link that cannot be followed (2023D9.zh.md: ")).count(), problems.toString());
    }

    @Test
    void aSourceThatLinksToAMissingFileIsAnErrorAtTheField() throws IOException {
        Path content = SiteFixture.write(dir, "-- " + REPLY + " --\n"
                + SiteFixture.REPLY_ZH.replace("summary: ", "source: sources/x.txt\nsummary: "));
        Files.createDirectories(content.resolve("sources"));
        Files.createSymbolicLink(content.resolve("sources/x.txt"), Path.of("gone.txt"));

        List<String> problems = errors(content);

        assertEquals(1, problems.stream().filter(p -> p.matches(java.util.regex.Pattern.quote(REPLY) + ":\\d+:\\d+:"
                + " the source file 'sources/x.txt' is a symbolic link to a missing file \\(gone.txt\\) — remove it,"
                + " or point it at a file inside content/")).count(), problems.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"pages/about.zh.md", "registry/topics.yaml",
        "glossary.yaml", "site.yaml"})
    void aPageRegistryOrSettingsFileThatLinksOutsideIsRefusedAndNothingOfItIsShown(String file) throws IOException {
        Path content = SiteFixture.write(dir, "-- " + REPLY + " --\n" + SiteFixture.REPLY_ZH);
        Path outside = Files.writeString(dir.resolve("outside.txt"), "---\ntitle: SECRET-OUTSIDE\n---\nSECRET-OUTSIDE\n");
        Files.createDirectories(content.resolve(file).getParent());
        Files.deleteIfExists(content.resolve(file));
        Files.createSymbolicLink(content.resolve(file), outside);

        List<String> problems = errors(content);

        assertTrue(problems.contains(file + ":1:1: the file is a symbolic link to " + outside.toRealPath()
                + ", outside the content folder, and a build publishes only the content folder's own files — copy"
                + " the file into the content folder, or make the link point inside it"), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("SECRET-OUTSIDE")), "nothing of the file is shown");
        assertFalse(Files.exists(dir.resolve("site")), "no site is written");
    }

    private List<String> errors(Path content) {
        ContentProblemsException e = assertThrows(ContentProblemsException.class, () -> build(content));
        return e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    private void build(Path content) {
        SiteGenerator.build(BuildConfig.builder(content, dir.resolve("site")).build(), BuildListener.SILENT);
    }
}
