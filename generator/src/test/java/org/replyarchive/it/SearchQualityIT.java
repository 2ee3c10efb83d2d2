package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.replyarchive.search.GroundTruth;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.StaticServer;

/**
 * Search quality measured as a reader meets it: every query of {@code search-queries.tsv} (single characters,
 * phrases, traditional and full-width forms, numbers, document numbers, British spellings, quoted phrases,
 * several words) is typed into the search page of the built archive in headless Chromium, and its results are
 * compared with the ground truth read from the built reply pages with jsoup ({@link GroundTruth}). Prints
 * precision, recall and MRR per language, and the bytes each query downloaded.
 */
class SearchQualityIT {

    static final double MIN_PRECISION = 0.99;
    static final double MIN_RECALL = 0.98;
    static final double MIN_MRR = 0.95;
    /** The text blocks of a reply page a reader sees as its content. */
    static final String BLOCKS = "main h1, main h2, main h3, main h4, main p, main li, main dd, main dt, main td, "
            + "main th, main blockquote";

    @TempDir
    static Path dir;

    static Path site;
    static StaticServer server;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        site = BuiltSite.build(Path.of("..", "content"), dir.resolve("site"), "/").root();
        server = StaticServer.start(site);
        chrome = HeadlessChrome.start();
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        server.close();
    }

    record Query(String lang, String kind, String text) {}

    /** Per language: relevant results returned, results returned, relevant replies, reciprocal ranks. */
    static final class Tally {
        int hits;
        int returned;
        int relevant;
        double reciprocalRanks;
        int ranked;
        long maxBytes;
        String largest;
        long totalBytes;
        int queries;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return returned == 0 ? 1 : (double) hits / returned;
        }

        double recall() {
            return relevant == 0 ? 1 : (double) hits / relevant;
        }

        double mrr() {
            return ranked == 0 ? 1 : reciprocalRanks / ranked;
        }
    }

    @Test
    void precisionRecallAndMrrMeetTheirThresholdsInEachLanguage() throws IOException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Query q : queries()) {
            Map<String, List<String>> pages = replyPages(q.lang());
            List<String> truth = pages.entrySet().stream().filter(e -> GroundTruth.relevant(q.text(), e.getValue()))
                    .map(Map.Entry::getKey).toList();
            List<String> found = search(q);
            long bytes = downloadedBytes();
            Tally t = tallies.computeIfAbsent(q.lang(), k -> new Tally());
            count(t, q, truth, found, bytes);
        }
        tallies.forEach((lang, t) -> System.out.printf(
                "search quality %s: %d queries, %d results, %d relevant, %d hits: precision %.3f, recall %.3f, MRR %.3f, index bytes per query max %d"
                        + " (%s) mean %d%n  misses: %s%n", lang, t.queries, t.returned, t.relevant, t.hits, t.precision(),
                t.recall(), t.mrr(), t.maxBytes, t.largest, t.totalBytes / Math.max(1, t.queries), t.misses));
        tallies.forEach((lang, t) -> {
            assertTrue(t.queries >= 80, lang + ": " + t.queries + " queries");
            assertTrue(t.precision() >= MIN_PRECISION, lang + " precision " + t.precision() + " " + t.misses);
            assertTrue(t.recall() >= MIN_RECALL, lang + " recall " + t.recall() + " " + t.misses);
            assertTrue(t.mrr() >= MIN_MRR, lang + " MRR " + t.mrr() + " " + t.misses);
        });
    }

    /** A query typed again on a page that has its files: the median time from submitting to results shown. */
    @Test
    void aWarmQueryShowsItsResultsWithinAHundredMilliseconds() {
        chrome.open(server.url("zh/search/?q=" + URLEncoder.encode("科技创新", StandardCharsets.UTF_8)));
        chrome.waiting().until((WebDriver d) -> "done".equals(d.findElement(By.id("search")).getAttribute("data-state")));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Object ms = chrome.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "var root = document.getElementById('search'); var t0 = performance.now();"
                    + "document.getElementById('search-q').value = i % 2 ? '科技创新' : '人才';".replace("i % 2", String.valueOf(i % 2))
                    + "document.getElementById('search-form').requestSubmit();"
                    + "(function wait() { if (root.getAttribute('data-state') === 'done') done(performance.now() - t0);"
                    + " else setTimeout(wait, 1); })();");
            times.add(Math.round(((Number) ms).doubleValue()));
        }
        times.sort(null);
        System.out.println("search warm times (ms): " + times);
        assertTrue(times.get(times.size() / 2) < 100, "median " + times.get(times.size() / 2) + " ms of " + times);
    }

    private static void count(Tally t, Query q, List<String> truth, List<String> found, long bytes) {
        t.queries++;
        if (bytes > t.maxBytes) {
            t.maxBytes = bytes;
            t.largest = q.text();
        }
        t.totalBytes += bytes;
        t.relevant += truth.size();
        t.returned += found.size();
        int hits = (int) found.stream().filter(truth::contains).count();
        t.hits += hits;
        if (!truth.isEmpty()) {
            t.ranked++;
            for (int i = 0; i < found.size(); i++) {
                if (truth.contains(found.get(i))) {
                    t.reciprocalRanks += 1.0 / (i + 1);
                    break;
                }
            }
        }
        if (hits != truth.size() || hits != found.size()) {
            t.misses.add(q.kind() + " " + q.text() + " truth=" + truth + " found=" + found);
        }
    }

    private static List<String> search(Query q) {
        chrome.open(server.url(q.lang() + "/search/?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)));
        chrome.waiting().until((WebDriver d) -> "done".equals(d.findElement(By.id("search")).getAttribute("data-state")));
        return chrome.driver.findElements(By.cssSelector(".search-result__title a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^http://127\\.0\\.0\\.1:\\d+/", "")).toList();
    }

    /** What the query's page fetched of the index (the ranges of reply pages its snippets read not counted). */
    private static long downloadedBytes() {
        Object bytes = chrome.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'fetch' && e.name.includes('/search/index/'))"
                + ".reduce((s, e) => s + e.encodedBodySize, 0);");
        return ((Number) bytes).longValue();
    }

    private static final Map<String, Map<String, List<String>>> PAGES = new LinkedHashMap<>();

    /** Each reply page of a language, by its site path, as its text blocks. */
    private static Map<String, List<String>> replyPages(String lang) throws IOException {
        if (!PAGES.containsKey(lang)) {
            Map<String, List<String>> pages = new LinkedHashMap<>();
            try (Stream<Path> files = Files.walk(site.resolve(lang).resolve("replies"))) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                    Path relative = site.relativize(f.getParent());
                    if (relative.getNameCount() != 4) {
                        continue;
                    }
                    Document page = Jsoup.parse(f.toFile(), "UTF-8");
                    // The notes on the terms marked in the text are the glossary's words, not the reply's.
                    page.select(".terms").remove();
                    pages.put(relative.toString().replace('\\', '/') + "/",
                            page.select(BLOCKS).stream().map(e -> e.text()).toList());
                }
            }
            PAGES.put(lang, pages);
        }
        return PAGES.get(lang);
    }

    private static List<Query> queries() throws IOException {
        try (InputStream in = SearchQualityIT.class.getResourceAsStream("/org/replyarchive/it/search-queries.tsv")) {
            List<Query> queries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t", 3);
                if (cols.length == 3) {
                    queries.add(new Query(cols[0], cols[1], cols[2]));
                }
            }
            return queries;
        }
    }
}
