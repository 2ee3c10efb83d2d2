package org.replyarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the engine free of Maven and of FreeMarker outside the packages that own them (STYLE §2.1): a module
 * split would give the same guarantee, at the cost of another POM.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src/main/java");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void onlyTheMavenPackageImportsMaven() {
        assertEquals(List.of(), importsOutside("org/replyarchive/maven/", "org.apache.maven."));
    }

    @Test
    void onlyTheRenderPackageImportsFreemarker() {
        assertEquals(List.of(), importsOutside("org/replyarchive/render/", "freemarker."));
    }

    @Test
    void theScanSeesTheImportsItGuards() {
        assertTrue(importsOutside("org/replyarchive/content/", "org.apache.maven.").stream()
                .anyMatch(v -> v.startsWith("org/replyarchive/maven/")), "the Mojos import Maven");
        assertTrue(importsOutside("org/replyarchive/content/", "freemarker.").stream()
                .anyMatch(v -> v.startsWith("org/replyarchive/render/")), "the renderer imports FreeMarker");
    }

    /** Each import of {@code prefix} in a source file outside {@code allowedFolder}, as "file: import". */
    private static List<String> importsOutside(String allowedFolder, String prefix) {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String path = SOURCES.relativize(file).toString().replace('\\', '/');
            if (path.startsWith(allowedFolder)) {
                continue;
            }
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                if (m.group(1).startsWith(prefix)) {
                    found.add(path + ": " + m.group(1));
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles() {
        assertTrue(Files.isDirectory(SOURCES), "no sources at " + SOURCES.toAbsolutePath());
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
