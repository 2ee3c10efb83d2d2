package org.replyarchive.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.replyarchive.testing.StaticServer;

/**
 * What a query costs a reader, measured in headless Chromium on a built site: for each query, cold (browser
 * cache cleared, the search page opened with the query in its URL) the time from navigation to the first page
 * of results and every byte and request it fetched, split into the index and the reply pages its snippets and
 * phrase checks read by range; then warm (the same query submitted again on that page) the median time.
 * Not part of {@code mvn verify}; {@code SearchCostIT} keeps it working on {@code content/}.
 *
 * <p>Arguments: {@code <site folder> [<base path>, default /] [<lang>:<query> …]}; without queries, a set of
 * single common characters, common pairs, phrases, rare words, two-term and quoted queries in both languages.
 */
public final class SearchCost {

    /** Queries that the stress archive's text (made from the seeds) and {@code content/} both hold. */
    static final List<String> DEFAULT_QUERIES = List.of(
            "zh:的", "zh:科", "zh:技术", "zh:科技", "zh:科技创新", "zh:高新技术企业", "zh:科技 人才",
            "zh:\"创新驱动发展\"", "zh:科技成果转化", "zh:东北虎", "zh:实验室 人才 企业", "zh:量子引力",
            "en:the", "en:technology", "en:science and technology", "en:\"science and technology\"",
            "en:talent innovation", "en:\"high-tech enterprises\"", "en:quantum gravity");

    private static final int WARM_RUNS = 5;

    /** One query's figures. */
    record Figures(String lang, String query, long coldMs, long warmMs, long indexBytes, long pageBytes,
            int requests, int results, String status) {

        String line() {
            return String.format(Locale.ROOT, "%-2s %-28s cold %5d ms  warm %4d ms  index %7.1f KB  pages %7.1f KB"
                    + "  requests %4d  shown %2d  | %s", lang, query, coldMs, warmMs, indexBytes / 1024.0,
                    pageBytes / 1024.0, requests, results, status);
        }
    }

    private SearchCost() {}

    public static void main(String[] args) {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: SearchCost <site folder> [<base path>] [<lang>:<query> ...]");
            System.exit(64);
        }
        boolean basePathGiven = args.length > 1 && args[1].startsWith("/");
        String base = basePathGiven ? args[1] : "/";
        List<String> queries = List.of(args).subList(basePathGiven ? 2 : 1, args.length);
        List<Figures> all = measure(Path.of(args[0]), base, queries.isEmpty() ? DEFAULT_QUERIES : queries);
        System.out.println("search cost, " + args[0] + " (headless Chromium, loopback server with ranges):");
        all.forEach(f -> System.out.println(f.line()));
        System.out.println(String.format(Locale.ROOT, "most index bytes %.1f KB, most page bytes %.1f KB, "
                + "most requests %d, slowest cold %d ms, slowest warm %d ms",
                all.stream().mapToLong(Figures::indexBytes).max().orElse(0) / 1024.0,
                all.stream().mapToLong(Figures::pageBytes).max().orElse(0) / 1024.0,
                all.stream().mapToInt(Figures::requests).max().orElse(0),
                all.stream().mapToLong(Figures::coldMs).max().orElse(0),
                all.stream().mapToLong(Figures::warmMs).max().orElse(0)));
        for (String lang : List.of("zh", "en")) {
            Path columns = Path.of(args[0], lang, "search", "index", "filters.bin");
            if (Files.isRegularFile(columns)) {
                System.out.println(String.format(Locale.ROOT, "%s filter columns (fetched once the reader turns to"
                        + " the filters): %.1f KB", lang, columns.toFile().length() / 1024.0));
            }
        }
    }

    /** Measures each {@code lang:query} on the site served from {@code root} under {@code basePath}. */
    static List<Figures> measure(Path root, String basePath, List<String> queries) {
        List<Figures> figures = new ArrayList<>();
        try (StaticServer server = StaticServer.start(root, basePath); HeadlessChrome chrome = HeadlessChrome.start()) {
            // Every fetch is counted, past the browser's default buffer of 250 entries, and the moment the
            // first page of results is shown is noted by the page itself.
            chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "performance.setResourceTimingBufferSize(1000000);"
                    + "new MutationObserver(function () { var s = document.getElementById('search');"
                    + " if (s && s.getAttribute('data-state') === 'done' && !window.__searchDone)"
                    + " window.__searchDone = performance.now(); })"
                    + ".observe(document, {subtree: true, attributes: true, attributeFilter: ['data-state']});"));
            for (String spec : queries) {
                int colon = spec.indexOf(':');
                figures.add(one(chrome, server, spec.substring(0, colon), spec.substring(colon + 1)));
            }
        }
        return figures;
    }

    private static Figures one(HeadlessChrome chrome, StaticServer server, String lang, String query) {
        chrome.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        chrome.open(server.url(lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        chrome.waiting().until((WebDriver d) -> chrome.script("return window.__searchDone || 0") instanceof Number n
                && n.doubleValue() > 0);
        long cold = Math.round(((Number) chrome.script("return window.__searchDone")).doubleValue());
        @SuppressWarnings("unchecked")
        List<Number> bytes = (List<Number>) chrome.script("var index = 0, pages = 0, n = 0;"
                + "performance.getEntriesByType('resource').forEach(function (e) {"
                + " if (e.initiatorType !== 'fetch') return; n++;"
                + " if (e.name.indexOf('/search/index/') >= 0) index += e.encodedBodySize; else pages += e.encodedBodySize; });"
                + "return [index, pages, n];");
        int shown = chrome.driver.findElements(By.cssSelector(".search-result")).size();
        String status = chrome.driver.findElement(By.id("search-status")).getText();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            Object ms = chrome.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "var root = document.getElementById('search'); var t0 = performance.now();"
                    + "document.getElementById('search-q').value = arguments[0];"
                    + "document.getElementById('search-form').requestSubmit();"
                    + "(function wait() { if (root.getAttribute('data-state') === 'done') done(performance.now() - t0);"
                    + " else setTimeout(wait, 1); })();", query);
            warm.add(Math.round(((Number) ms).doubleValue()));
        }
        warm.sort(null);
        return new Figures(lang, query, cold, warm.get(warm.size() / 2), bytes.get(0).longValue(),
                bytes.get(1).longValue(), bytes.get(2).intValue(), shown, status);
    }
}
