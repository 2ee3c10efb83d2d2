package org.replyarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.SiteGenerator;
import org.replyarchive.config.BuildConfig;

/** A site built for a test, with helpers to read its files and parse its pages. */
public record BuiltSite(Path root, BuildResult result) {

    /** Builds {@code content} into {@code dir}/site with the default configuration and {@code baseUrl}. */
    public static BuiltSite build(Path content, Path dir, String baseUrl) {
        BuildConfig config = BuildConfig.builder(content, dir.resolve("site")).baseUrl(baseUrl).build();
        return new BuiltSite(config.outputDirectory(), SiteGenerator.build(config, BuildListener.SILENT));
    }

    /** Builds the {@link FixtureArchive} under {@code dir}. */
    public static BuiltSite buildFixture(Path dir) {
        return build(FixtureArchive.write(dir), dir, "https://example.org/archive/");
    }

    /**
     * Builds the {@link FixtureArchive} under {@code dir} with the site theme of the {@code theme-restyled}
     * invoker project (one partial, one UI string and a stylesheet of its own), so that the browser and
     * validation tests check the very theme the plugin test builds.
     */
    public static BuiltSite buildRestyledFixture(Path dir) {
        Path theme = Path.of(System.getProperty("basedir", "."), "src/it/theme-restyled/theme");
        BuildConfig config = BuildConfig.builder(FixtureArchive.write(dir), dir.resolve("site"))
                .baseUrl("https://example.org/archive/")
                .themeDirectory(theme)
                .build();
        return new BuiltSite(config.outputDirectory(), SiteGenerator.build(config, BuildListener.SILENT));
    }

    public Path file(String path) {
        return root.resolve(path);
    }

    public boolean exists(String path) {
        return Files.isRegularFile(file(path));
    }

    public String text(String path) {
        try {
            return Files.readString(file(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(String path) {
        try {
            return Files.readAllBytes(file(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at a site path such as {@code zh/years/2023/}, parsed with its own URL as base. */
    public Document page(String sitePath) {
        String file = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        return Jsoup.parse(text(file), "http://site.test/" + sitePath);
    }

    /** Every file of the site, as paths relative to its root, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of the site. */
    public List<String> htmlFiles() {
        return files().stream().filter(f -> f.endsWith(".html")).toList();
    }

    /** Asserts that {@code actual} holds the same files as {@code expected}, byte for byte. */
    public static void assertSameFiles(Path expected, Path actual) {
        BuiltSite a = new BuiltSite(expected, null);
        BuiltSite b = new BuiltSite(actual, null);
        org.junit.jupiter.api.Assertions.assertEquals(a.files(), b.files());
        for (String file : a.files()) {
            try {
                org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(a.file(file)),
                        Files.readAllBytes(b.file(file)), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
