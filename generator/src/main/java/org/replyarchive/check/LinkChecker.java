package org.replyarchive.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.replyarchive.check.ReferenceScanner.Scan;

/**
 * Checks every internal link and asset reference of a built site: in each HTML page and XML file the
 * {@code href}, {@code src}, {@code srcset}, {@code poster}, {@code action} and refresh targets, the
 * {@code <loc>} of the sitemap, and the {@code url(…)}s of style sheets. Links to other hosts are not
 * followed. Absolute links that start with the base URL (canonical and alternate links) are checked as
 * internal ones.
 *
 * <pre>{@code
 * LinkChecker.Report report = new LinkChecker("https://example.org/archive/").check(Path.of("target/site"));
 * report.broken().forEach(System.out::println); // zh/replies/2023/x/index.html:40:12: broken link '../y/': …
 * }</pre>
 *
 * Thread-safe; pages are scanned in parallel and the report is sorted by page and position.
 */
public final class LinkChecker {

    private static final Comparator<BrokenLink> ORDER = Comparator.comparing(BrokenLink::page)
            .thenComparingInt(BrokenLink::line)
            .thenComparingInt(BrokenLink::column)
            .thenComparing(BrokenLink::reference);

    private final String baseUrl;

    /** A checker for sites built with {@code baseUrl}, which is absolute or a path ending in {@code /}. */
    public LinkChecker(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    }

    /**
     * What a check found.
     *
     * @param broken every reference that leads nowhere, sorted by page and position
     * @param files the number of files whose references were read
     * @param references the number of references checked, external ones included
     */
    public record Report(List<BrokenLink> broken, int files, int references) {
        public Report {
            broken = List.copyOf(broken);
        }
    }

    /** Checks the site built in {@code siteRoot}. */
    public Report check(Path siteRoot) {
        List<String> files = list(siteRoot);
        LinkTargets targets = new LinkTargets(Set.copyOf(files), baseUrl);
        Map<String, Scan> scans = new ConcurrentHashMap<>();
        files.parallelStream()
                .filter(LinkChecker::isScanned)
                .forEach(file -> scans.put(file, scan(siteRoot, file)));
        Map<String, List<String>> suggestions = new ConcurrentHashMap<>();
        List<BrokenLink> broken = scans.entrySet().parallelStream()
                .flatMap(e -> new PageLinkCheck(siteRoot, e.getKey(), e.getValue(), targets, scans, files, suggestions)
                        .broken().stream())
                .sorted(ORDER)
                .toList();
        int references = scans.values().stream().mapToInt(s -> s.references().size()).sum();
        return new Report(broken, scans.size(), references);
    }

    private static boolean isScanned(String file) {
        return file.endsWith(".html") || file.endsWith(".htm") || file.endsWith(".xml") || file.endsWith(".css");
    }

    private static Scan scan(Path root, String file) {
        String text = read(root, file);
        return file.endsWith(".css") ? ReferenceScanner.css(text) : ReferenceScanner.markup(text);
    }

    static String read(Path root, String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built file " + root.resolve(file), e);
        }
    }

    private static List<String> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the built site " + root, e);
        }
    }
}
