package org.replyarchive.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.replyarchive.build.BuildListener;
import org.replyarchive.SiteGenerator;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.testing.SiteFixture;

/**
 * Runs every example of {@code spec/validation.md}: a valid site is built, the example's files are written over
 * its content, and the next build must fail with exactly the example's problem lines and leave the previous
 * output as it was.
 */
class ValidationSpecTest {

    static final String SPEC = "/spec/validation.md";

    /** The valid reply every example starts from; an example's files are written on top of it. */
    static final String VALID = "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH
            + "-- replies/2023/2023D51.en.md --\n" + SiteFixture.REPLY_EN;

    static List<Example> examples() {
        return ExampleReader.read(SPEC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void badContentFailsWithTheExpectedProblemsAndKeepsThePreviousSite(Example example, @TempDir Path dir) {
        if (example.check()) {
            checkFindsExactlyTheExpectedErrors(example, dir);
            return;
        }
        Path content = SiteFixture.write(dir, VALID);
        BuildConfig config = BuildConfig.builder(content, dir.resolve("site")).build();
        SiteGenerator.build(config, BuildListener.SILENT);
        Map<String, byte[]> before = snapshot(config.outputDirectory());

        example.files().forEach((path, bytes) -> SiteFixture.writeFile(content.resolve(path), bytes));
        example.links().forEach((path, target) -> link(content.resolve(path), target));
        ContentProblemsException e = assertThrows(ContentProblemsException.class,
                () -> SiteGenerator.build(config, BuildListener.SILENT), example.toString());

        List<String> actual = e.problems().stream().map(Problem::toString).toList();
        assertEquals(example.source() + String.join("\n", example.expected()),
                example.source() + String.join("\n", actual), example.toString());
        assertUnchanged(before, snapshot(config.outputDirectory()));
        assertEquals(List.of(".site.lock", "content", "site"), children(dir),
                "no staging folder is left beside the output, only the (released) lock file");
    }

    /** An {@code example check}: the content builds, and {@code check} reports exactly the example's errors. */
    private static void checkFindsExactlyTheExpectedErrors(Example example, Path dir) {
        Path content = SiteFixture.write(dir, VALID);
        example.files().forEach((path, bytes) -> SiteFixture.writeFile(content.resolve(path), bytes));
        BuildConfig config = BuildConfig.builder(content, dir.resolve("site")).build();
        SiteGenerator.build(config, BuildListener.SILENT);
        List<String> actual = SiteGenerator.check(config, BuildListener.SILENT).errors().stream()
                .map(Problem::toString).toList();
        assertEquals(example.source() + String.join("\n", example.expected()),
                example.source() + String.join("\n", actual), example.toString());
    }

    /** Makes {@code at} a symbolic link to {@code target}, as written (a relative target stays relative). */
    private static void link(Path at, String target) {
        try {
            Files.createDirectories(at.getParent());
            Files.deleteIfExists(at);
            Files.createSymbolicLink(at, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertUnchanged(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "the previous site keeps exactly its files");
        List<String> changed = before.keySet().stream()
                .filter(path -> !Arrays.equals(before.get(path), after.get(path)))
                .toList();
        assertEquals(List.of(), changed, "files of the previous site that changed");
        assertTrue(before.size() > 10, "the valid site was built: " + before.keySet());
    }

    private static Map<String, byte[]> snapshot(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, byte[]> files = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One example of the spec: the files it writes (bytes, so that an example can hold a file in another
     * encoding), the problem lines it expects, and the text it was read from, shown beside any difference.
     */
    record Example(String section, int number, Map<String, byte[]> files, Map<String, String> links,
            List<String> expected, String source, boolean check) {
        @Override
        public String toString() {
            return "section " + section + " example " + number;
        }
    }

    /**
     * Reads the examples of a spec file, the way commonmark reads {@code spec.txt}: a {@code ## } heading opens
     * a section; an example is a fence of 32 backticks with the info string {@code example} (or
     * {@code example check}, for what only {@code check} reports), holding the files
     * as {@code -- path --} sections (or {@code -- path (GBK) --} for a file written in that encoding, or
     * {@code -- path -> target --} for a symbolic link, with no text), a line {@code .}, and the expected problem
     * lines.
     */
    static final class ExampleReader {

        private static final String FENCE = "`".repeat(32);
        private static final Pattern FILE_HEADER = Pattern.compile("-- (.+?)(?: \\((\\S+)\\))? --");
        private static final Pattern LINK_HEADER = Pattern.compile("-- (\\S+) -> (\\S+) --");

        private ExampleReader() {}

        static List<Example> read(String resource) {
            List<Example> examples = new ArrayList<>();
            String section = "";
            List<String> block = null;
            boolean check = false;
            for (String line : load(resource).split("\n", -1)) {
                if (block != null) {
                    if (line.equals(FENCE)) {
                        examples.add(example(section, examples.size() + 1, block, check));
                        block = null;
                    } else {
                        block.add(line);
                    }
                } else if (line.startsWith("## ")) {
                    section = line.substring(3).strip();
                } else if (line.equals(FENCE + " example") || line.equals(FENCE + " example check")) {
                    block = new ArrayList<>();
                    check = line.endsWith(" check");
                }
            }
            if (block != null) {
                throw new IllegalStateException(resource + ": the last example is never closed");
            }
            return examples;
        }

        private static Example example(String section, int number, List<String> lines, boolean check) {
            int dot = lines.indexOf(".");
            if (dot < 0) {
                throw new IllegalStateException("example " + number + " has no '.' line before its expected problems");
            }
            List<String> expected = lines.subList(dot + 1, lines.size()).stream().filter(l -> !l.isEmpty()).toList();
            String source = String.join("\n", lines.subList(0, dot + 1)) + "\n";
            Map<String, String> links = new LinkedHashMap<>();
            List<String> fileLines = new ArrayList<>();
            for (String line : lines.subList(0, dot)) {
                Matcher link = LINK_HEADER.matcher(line);
                if (link.matches()) {
                    links.put(link.group(1), link.group(2));
                } else {
                    fileLines.add(line);
                }
            }
            Map<String, byte[]> files = files(fileLines, number);
            if (files.isEmpty() && links.isEmpty()) {
                throw new IllegalStateException("example " + number + " writes no file");
            }
            return new Example(section, number, files, links, expected, source, check);
        }

        private static Map<String, byte[]> files(List<String> lines, int number) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            String path = null;
            Charset charset = StandardCharsets.UTF_8;
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                Matcher header = FILE_HEADER.matcher(line);
                if (header.matches()) {
                    if (path != null) {
                        files.put(path, text.toString().getBytes(charset));
                    }
                    path = header.group(1);
                    charset = header.group(2) == null ? StandardCharsets.UTF_8 : Charset.forName(header.group(2));
                    text.setLength(0);
                } else if (path == null) {
                    throw new IllegalStateException("example " + number + " must start with a '-- path --' line");
                } else {
                    text.append(line).append('\n');
                }
            }
            if (path != null) {
                files.put(path, text.toString().getBytes(charset));
            }
            return files;
        }

        private static String load(String resource) {
            try (InputStream in = ValidationSpecTest.class.getResourceAsStream(resource)) {
                return new String(Objects.requireNonNull(in, resource + " is missing").readAllBytes(),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
