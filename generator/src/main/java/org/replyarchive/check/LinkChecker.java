package org.replyarchive.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.replyarchive.check.LinkTargets.Internal;
import org.replyarchive.check.LinkTargets.Invalid;
import org.replyarchive.check.ReferenceScanner.Reference;
import org.replyarchive.check.ReferenceScanner.Scan;
import org.replyarchive.problem.Suggestions;

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
                .flatMap(e -> new PageCheck(siteRoot, e.getKey(), e.getValue(), targets, scans, files, suggestions)
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

    /** What is wrong with one reference, before it is positioned. */
    private record Finding(String kind, String detail, String fix, String target) {}

    /** The references of one file, checked against the site. */
    private record PageCheck(Path root, String page, Scan scan, LinkTargets targets, Map<String, Scan> scans,
            List<String> files, Map<String, List<String>> suggestions) {

        List<BrokenLink> broken() {
            List<BrokenLink> broken = new ArrayList<>();
            String text = null;
            for (Reference ref : scan.references()) {
                Optional<Finding> problem = check(ref);
                if (problem.isPresent()) {
                    text = text == null ? LinkChecker.read(root, page) : text;
                    broken.add(positioned(text, ref, problem.get()));
                }
            }
            return broken;
        }

        /** The problem of one reference, if it has one. */
        private Optional<Finding> check(Reference ref) {
            LinkTargets.Target target = targets.resolve(page, scan.base(), ref.value());
            if (target instanceof Invalid invalid) {
                return Optional.of(new Finding(invalid.kind(), invalid.detail(), invalid.fix(), ""));
            }
            if (!(target instanceof Internal internal)) {
                return Optional.empty();
            }
            Optional<String> file = targets.fileOf(internal.path());
            if (file.isEmpty()) {
                String expected = LinkTargets.expectedFile(internal.path());
                return Optional.of(new Finding(ref.asset() ? "missing asset" : "broken link",
                        "there is no " + expected + " in the built site", fixFor(internal.path()), internal.path()));
            }
            return checkFragment(file.get(), internal.fragment(), internal.path());
        }

        private Optional<Finding> checkFragment(String file, String fragment, String path) {
            Scan target = scans.get(file);
            if (fragment == null || fragment.isEmpty() || fragment.equals("top") || target == null
                    || !file.endsWith(".html") || target.ids().contains(fragment)) {
                return Optional.empty();
            }
            String fix = Suggestions.nearest(fragment, target.ids())
                    .map(id -> "did you mean '#" + id + "'?")
                    .orElse("link an id the page has, or the page without '#" + fragment + "'");
            return Optional.of(new Finding("broken anchor", file + " has no element with id '" + fragment + "'",
                    fix, path));
        }

        private String fixFor(String path) {
            String self = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
            List<String> nearest = suggestions.computeIfAbsent(path, p -> nearestExisting(p, files, ""));
            if (nearest.contains(self)) {
                nearest = nearestExisting(path, files, self);
            }
            if (!nearest.isEmpty()) {
                return "did you mean '" + LinkTargets.relative(page, nearest.get(0)) + "'?";
            }
            return "link a page or file of the built site; a relative link starts from the folder of " + page;
        }

        private BrokenLink positioned(String text, Reference ref, Finding finding) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < ref.offset() && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new BrokenLink(page, line, ref.offset() - lineStart + 1, finding.kind(), ref.value(),
                    finding.detail(), finding.fix(), finding.target());
        }
    }

    /**
     * The existing link path nearest to {@code path} among its neighbours (same folder or the one above), other
     * than {@code except}.
     */
    static List<String> nearestExisting(String path, List<String> files, String except) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int cut = trimmed.lastIndexOf('/');
        String parent = cut < 0 ? "" : trimmed.substring(0, cut + 1);
        int up = parent.isEmpty() ? -1 : parent.substring(0, parent.length() - 1).lastIndexOf('/');
        String area = up < 0 ? parent : parent.substring(0, up + 1);
        Set<String> candidates = new TreeSet<>();
        for (String file : files) {
            String link = file.endsWith("/index.html") || file.equals("index.html")
                    ? file.substring(0, file.length() - "index.html".length()) : file;
            if (link.startsWith(area) && !link.equals(except) && link.length() > area.length()) {
                // Compared without the shared folder, so that a long common prefix does not pass for likeness.
                candidates.add(link.substring(area.length()));
            }
        }
        return Suggestions.nearest(path.substring(area.length()), candidates).map(area::concat).stream().toList();
    }
}
