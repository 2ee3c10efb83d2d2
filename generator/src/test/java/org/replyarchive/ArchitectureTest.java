package org.replyarchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    @Test
    void thePackagesFormNoCycle() {
        Map<String, Set<String>> uses = packageGraph();
        assertTrue(uses.getOrDefault("org.replyarchive.pipeline", Set.of()).contains("org.replyarchive.content"),
                "the scan sees that the pipeline uses the content package: " + uses);
        assertEquals(List.of(), cycles(uses));
    }

    /**
     * Which engine package refers to which, by import or by a qualified name in the code: a cycle makes two
     * packages one unit that can be neither understood nor tested alone.
     */
    private static Map<String, Set<String>> packageGraph() {
        Pattern reference = Pattern.compile("\\b(org\\.replyarchive(?:\\.[a-z]\\w*)*)\\.[A-Z]");
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : javaFiles()) {
            String pkg = SOURCES.relativize(file.getParent()).toString().replace('\\', '/').replace('/', '.');
            Set<String> targets = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = reference.matcher(read(file).replaceAll("(?m)^package .*$", ""));
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    targets.add(m.group(1));
                }
            }
        }
        return uses;
    }

    /** Each set of two or more packages that reach each other, found by following every path from each. */
    private static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        List<Set<String>> cycles = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String pkg : uses.keySet()) {
            if (seen.contains(pkg)) {
                continue;
            }
            Set<String> component = new TreeSet<>();
            for (String other : reachable(uses, pkg)) {
                if (reachable(uses, other).contains(pkg)) {
                    component.add(other);
                }
            }
            seen.addAll(component);
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
        return cycles;
    }

    private static Set<String> reachable(Map<String, Set<String>> uses, String from) {
        Set<String> reached = new TreeSet<>(Set.of(from));
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            for (String next : uses.getOrDefault(todo.pop(), Set.of())) {
                if (reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        return reached;
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
