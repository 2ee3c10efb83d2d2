package org.replyarchive.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.config.Language;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Site;
import org.replyarchive.problem.Problems;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.testing.FixtureArchive;

/**
 * A page's fingerprint is made of what its model declares: the same content gives the same fingerprints in
 * another load, and an edit changes the fingerprints of exactly the pages that show what was edited.
 */
class PageFingerprintTest {

    @TempDir
    Path dir;

    /** The fingerprint text of every page of the site in {@code content}, by path. */
    private static Map<String, String> inputs(Path content) {
        Site site = new ContentLoader(new Problems()).load(content);
        List<Language> languages = site.settings().languages();
        SitePages pages = new SitePages(site, SiteIndexes.of(site), new UrlScheme("https://example.org/archive/"),
                languages, UiStrings.load(Theme.DEFAULT, languages), new MarkdownRenderer(), Theme.DEFAULT);
        SitePlan plan = pages.plan();
        Map<String, String> inputs = new TreeMap<>();
        plan.replyPages().forEach(job -> inputs.put(job.path(), pages.replyInputs(job)));
        plan.pages().forEach(job -> inputs.put(job.path(), PageJob.inputs(job.model().get())));
        return inputs;
    }

    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        assertEquals(before.keySet(), after.keySet(), "the same pages");
        Set<String> changed = new TreeSet<>();
        before.forEach((path, text) -> {
            if (!text.equals(after.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    private static void replace(Path content, String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void theSameContentGivesTheSameFingerprints() {
        Path content = FixtureArchive.write(dir);
        assertEquals(inputs(content), inputs(content));
    }

    @Test
    void aChangedBodyChangesOnlyItsOwnPage() throws IOException {
        Path content = FixtureArchive.write(dir);
        Map<String, String> before = inputs(content);
        replace(content, "replies/2023/2023W5.zh.md", "第5号答复的正文", "第5号答复修改后的正文");
        assertEquals(Set.of("zh/replies/2023/2023W5/"), changed(before, inputs(content)));
    }

    @Test
    void aChangedTitleChangesItsPageItsNeighboursAndTheListsThatShowIt() throws IOException {
        Path content = FixtureArchive.write(dir);
        Map<String, String> before = inputs(content);
        replace(content, "replies/2023/2023W5.en.md", "Reply to Member Proposal No. 2023W5",
                "Reply to Member Proposal Number 2023W5");
        Set<String> changed = changed(before, inputs(content));
        assertTrue(changed.containsAll(Set.of("en/replies/2023/2023W5/", "en/replies/2023/2023W4/",
                "en/replies/2023/2023W6/", "en/years/2023/")), changed::toString);
        // Its Chinese page changes too: its "Cite this reply" gives the plain English form, with the English title.
        assertTrue(changed.stream().allMatch(path -> path.startsWith("en/") || path.equals("zh/replies/2023/2023W5/")),
                changed::toString);
        assertTrue(changed.size() < 20, changed::toString);
    }

    @Test
    void aChangedRegistryNameChangesThePagesThatShowIt() throws IOException {
        Path content = FixtureArchive.write(dir);
        Map<String, String> before = inputs(content);
        String departments = Files.readString(content.resolve("registry/departments.yaml"));
        String english = departments.lines().filter(l -> l.contains("en:")).findFirst().orElseThrow();
        replace(content, "registry/departments.yaml", english, english.replaceFirst("en: *", "en: Renamed "));
        Set<String> changed = changed(before, inputs(content));
        assertTrue(changed.stream().anyMatch(path -> path.startsWith("en/replies/")), changed::toString);
        assertTrue(changed.stream().noneMatch(path -> path.startsWith("zh/replies/")), changed::toString);
    }

    @Test
    void aValueWithoutAStableFormIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFingerprint.of(List.of(new Object())));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelFingerprint.of(Set.of("a", "b")));
    }

    @Test
    void textsAreWrittenSoThatNoneCanPassForTheEndOfAnother() {
        assertTrue(!ModelFingerprint.of(List.of("a,", "b")).equals(ModelFingerprint.of(List.of("a", ",b"))));
    }
}
