package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replyarchive.build.BuildListener;
import org.replyarchive.check.FidelityChecker;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.model.Site;
import org.replyarchive.problem.Problems;

/**
 * Imports each of the five real replies (the seed texts, kept as {@code content/sources/}) and compares the draft
 * with what a careful reader made of the same text ({@code content/replies/}): every metadata field, the body
 * character for character once white space and markup are removed, and the headings.
 */
class SeedImportTest {

    @TempDir
    Path dir;

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("2023", "2023D51"),
                Arguments.of("2023", "2023W316"),
                Arguments.of("2024", "2024D10"),
                Arguments.of("2022", "cppcc-12-5-135"),
                Arguments.of("2022", "cppcc-12-5-201"));
    }

    private record Imported(Path content, String draft, String expected, ImportResult result) {}

    private Imported importSeed(String year, String slug) {
        Path content = ImportFixtures.archive(dir);
        Path seed = dir.resolve("in/seed.txt");
        ImportFixtures.copy(ImportFixtures.REPOSITORY_CONTENT.resolve("sources/" + slug + ".txt"), seed);
        ImportResult result = ReplyTextImporter.importText(ImportConfig.builder(seed, content).build(),
                BuildListener.SILENT);
        String expected = ImportFixtures.read(
                ImportFixtures.REPOSITORY_CONTENT.resolve("replies/" + year + "/" + slug + ".zh.md"));
        String draft = ImportFixtures.read(content.resolve("replies/" + year + "/" + slug + ".zh.md"));
        return new Imported(content, draft, expected, result);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("seeds")
    void metadataEqualsTheCarefulReadersDraft(String year, String slug) {
        Imported imported = importSeed(year, slug);
        JsonNode got = ImportFixtures.frontMatter(imported.draft());
        JsonNode want = ImportFixtures.frontMatter(imported.expected());
        for (String field : List.of("/title", "/doc_number", "/date", "/session", "/proposal/number", "/proposal/kind",
                "/proposal/title", "/handling/lead", "/disclosure")) {
            assertEquals(want.at(field).asText(), got.at(field).asText(), slug + " " + field);
        }
        assertEquals(texts(want.at("/proposal/proposers")), texts(got.at("/proposal/proposers")), slug + " proposers");
        assertEquals(new TreeSet<>(texts(want.at("/handling/co"))), new TreeSet<>(texts(got.at("/handling/co"))),
                slug + " co");
        assertEquals(List.of("TODO"), texts(got.at("/topics")), slug + " topics");
        assertEquals("TODO", got.at("/summary").asText(), slug + " summary");
        assertEquals("sources/" + slug + ".txt", got.at("/source").asText(), slug + " source");
        assertEquals(List.of("topics", "summary"), imported.result().drafts().get(0).toFill());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("seeds")
    void bodyIsTheSourceTextCharacterForCharacterWithTheExpectedHeadings(String year, String slug) {
        Imported imported = importSeed(year, slug);
        assertEquals(ImportFixtures.normalizedBody(imported.expected()),
                ImportFixtures.normalizedBody(imported.draft()));
        assertEquals(ImportFixtures.headings(imported.expected()), ImportFixtures.headings(imported.draft()));
        assertEquals(ImportFixtures.quotes(imported.expected()), ImportFixtures.quotes(imported.draft()));
        assertEquals(ImportFixtures.read(ImportFixtures.REPOSITORY_CONTENT.resolve("sources/" + slug + ".txt")),
                ImportFixtures.read(imported.content().resolve("sources/" + slug + ".txt")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("seeds")
    void completedDraftBuildsAndPassesTheFidelityCheck(String year, String slug) {
        Imported imported = importSeed(year, slug);
        Path file = imported.content().resolve("replies/" + year + "/" + slug + ".zh.md");
        ImportFixtures.write(file, ImportFixtures.completed(imported.draft(), "[talent]"));
        Site site = new ContentLoader(new Problems()).load(imported.content());
        assertEquals(1, site.replies().size());
        assertEquals(List.of(), new FidelityChecker(imported.content(), site.settings().issuer().zh())
                .check(site.replies()));
        assertTrue(ImportFixtures.body(imported.draft()).startsWith("\n"), "a blank line after the front matter");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

}
