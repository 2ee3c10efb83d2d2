package org.replyarchive.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.replyarchive.build.BuildListener;
import org.replyarchive.problem.Problem;

/** The archive's real registries copied into a temporary content folder, and readers for drafts. */
final class ImportFixtures {

    /** The repository's content folder; tests run in {@code generator/}. */
    static final Path REPOSITORY_CONTENT = Path.of(System.getProperty("user.dir")).resolve("../content").normalize();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern MARKUP_AT_LINE_START = Pattern.compile("^\\s*(#{1,6}\\s+|>\\s?)+");

    private ImportFixtures() {}

    /** A content folder under {@code dir} with the archive's site.yaml and registries, and no replies. */
    static Path archive(Path dir) {
        Path content = dir.resolve("content");
        for (String file : List.of("site.yaml", "registry/sessions.yaml", "registry/departments.yaml",
                "registry/proposers.yaml", "registry/topics.yaml")) {
            copy(REPOSITORY_CONTENT.resolve(file), content.resolve(file));
        }
        return content;
    }

    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The front matter of a reply file, parsed. */
    static JsonNode frontMatter(String markdown) {
        try {
            return YAML.readTree(markdown.substring(4, markdown.indexOf("\n---\n", 4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a reply file: what follows the front matter. */
    static String body(String markdown) {
        return markdown.substring(markdown.indexOf("\n---\n", 4) + 5);
    }

    /** The body reduced as the fidelity check reduces it: no line-start markup, emphasis or white space. */
    static String normalizedBody(String markdown) {
        StringBuilder text = new StringBuilder();
        for (String line : body(markdown).split("\n")) {
            // An editor's {sic:…|…} mark keeps the text as printed, which is what an import gives.
            String kept = MARKUP_AT_LINE_START.matcher(line).replaceFirst("").replace("**", "")
                    .replaceAll("\\{sic:([^{}|]+)\\|[^{}|]+\\}", "$1");
            text.append(TextLine.compact(kept));
        }
        return text.toString();
    }

    /** The {@code ##} and {@code ###} heading lines of a body, in order. */
    static List<String> headings(String markdown) {
        return body(markdown).lines().filter(line -> line.startsWith("#")).toList();
    }

    /** The number of quoted paragraphs of a body. */
    static long quotes(String markdown) {
        return body(markdown).lines().filter(line -> line.startsWith(">")).count();
    }

    /** The draft with what a human adds in place of the TODOs an import always leaves. */
    static String completed(String draft, String topics) {
        return Stream.of(draft.split("\n", -1))
                .map(line -> line.startsWith("topics: ") ? "topics: " + topics
                        : line.startsWith("summary: ") ? "summary: 一段摘要。" : line)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
    }

    /** A listener that keeps what it hears, one line per message, warnings as "WARNING path:line:col: …". */
    static final class RecordingListener implements BuildListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String message) {
            lines.add(message);
        }

        @Override
        public void warning(Problem problem) {
            lines.add("WARNING " + problem);
        }
    }
}
