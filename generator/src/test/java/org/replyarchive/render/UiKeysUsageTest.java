package org.replyarchive.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.replyarchive.config.Language;

/**
 * Every UI string of the default theme is used, and every use can be found by searching for its key: in a
 * template as {@code ui.key}, in the engine as the literal {@code "key"}, never joined from parts.
 */
class UiKeysUsageTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path TEMPLATES = BASE.resolve("../themes/default/templates");
    private static final Path SOURCES = BASE.resolve("src/main/java");

    @Test
    void everyKeyOfTheDefaultThemeIsUsed() {
        String templates = readAll(TEMPLATES, ".ftlh");
        String sources = readAll(SOURCES, ".java");
        List<String> unused = UiStrings.load(Theme.DEFAULT, List.of(Language.EN)).all(Language.EN).keySet().stream()
                .filter(key -> !Pattern.compile("\\bui\\." + Pattern.quote(key) + "\\b").matcher(templates).find()
                        && !sources.contains("\"" + key + "\""))
                .sorted()
                .toList();
        assertEquals(List.of(), unused, "keys of i18n/en.yaml that no template or engine class uses");
    }

    @Test
    void noKeyIsJoinedFromParts() {
        List<String> joined = Stream.concat(
                        lines(TEMPLATES, ".ftlh").filter(l -> l.contains("ui[")),
                        lines(SOURCES, ".java").filter(l -> Pattern.compile("\"[a-z]+_\"\\s*\\+").matcher(l).find()))
                .toList();
        assertEquals(List.of(), joined, "a key made by joining words cannot be found by searching for it");
    }

    @Test
    void theScanFindsAKeyInATemplateAndInTheEngine() {
        String templates = readAll(TEMPLATES, ".ftlh");
        String sources = readAll(SOURCES, ".java");
        assertEquals(true, templates.contains("ui.footer_note"));
        assertEquals(true, sources.contains("\"kind_deputy\""));
    }

    private static String readAll(Path dir, String suffix) {
        return String.join("\n", lines(dir, suffix).toList());
    }

    private static Stream<String> lines(Path dir, String suffix) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> matching = files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            return matching.stream().flatMap(UiKeysUsageTest::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> read(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
