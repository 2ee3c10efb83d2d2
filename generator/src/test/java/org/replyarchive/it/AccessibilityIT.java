package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.StaticServer;

/**
 * Audits representative pages of the fixture site and of the site built from {@code content/} with axe-core
 * (WCAG 2.0/2.1 A and AA, and best practices) in headless Chromium, and fails on any violation.
 */
class AccessibilityIT {

    static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({
                  id: v.id, impact: String(v.impact), help: v.help, helpUrl: v.helpUrl,
                  targets: v.nodes.map(n => n.target.join(' '))}))}))
              .catch(e => done({error: String(e)}));
            """;
    static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /**
     * Keeps the browser on a page that refreshes to another (the entry page) so that it can be audited: stopping
     * the window once it has loaded cancels the pending refresh and leaves the document as it was served.
     */
    private static final String STAY_ON_REFRESHING_PAGE =
            "addEventListener('load', () => { if (document.querySelector('meta[http-equiv=refresh]')) stop(); });";

    @TempDir
    static Path dir;

    static BuiltSite fixture;
    static BuiltSite real;
    static StaticServer fixtureServer;
    static StaticServer realServer;
    static BuiltSite restyled;
    static StaticServer restyledServer;
    static BuiltSite cases;
    static StaticServer casesServer;
    static HeadlessChrome chrome;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        fixture = BuiltSite.buildFixture(dir.resolve("fixture")); // base URL https://example.org/archive/
        real = BuiltSite.build(Path.of("../content"), dir.resolve("content"), "/");
        fixtureServer = StaticServer.start(fixture.root(), "/archive/");
        realServer = StaticServer.start(real.root());
        restyled = BuiltSite.buildRestyledFixture(dir.resolve("restyled"));
        restyledServer = StaticServer.start(restyled.root(), "/archive/");
        chrome = HeadlessChrome.start();
        chrome.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", STAY_ON_REFRESHING_PAGE));
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        Stream.of(fixtureServer, realServer, restyledServer, casesServer).filter(s -> s != null).forEach(StaticServer::close);
    }

    @TestFactory
    Stream<DynamicTest> fixtureSitePagesHaveNoViolations() {
        String untranslated = "en/replies/2023/" + FixtureArchive.UNTRANSLATED + "/";
        List<String> pages = new ArrayList<>(List.of("", "zh/", "en/", "zh/replies/2023/2023W1/",
                "en/replies/2023/2023W1/", untranslated, "en/replies/2024/2024D1/", "zh/replies/2024/2024D2/",
                // a marked typo, a correction and the published source
                "zh/replies/2023/2023W2/", "en/replies/2023/2023W2/",
                "zh/sessions/cppcc-13-1/", "en/years/2023/page/2/", "zh/sessions/", "en/topics/", "zh/glossary/",
                "en/glossary/", "zh/about/", "en/about/", "no-such-page/"));
        Stream.of("zh/search/", "en/search/").filter(p -> fixture.exists(p + "index.html")).forEach(pages::add);
        return audits(fixtureServer, pages);
    }

    /** The pages of how proposals were handled: timelines, documents, citations, statistics charts, open data. */
    @TestFactory
    Stream<DynamicTest> caseArchivePagesHaveNoViolations() {
        cases = BuiltSite.build(org.replyarchive.testing.CaseArchive.write(dir.resolve("cases")), dir.resolve("cases"),
                "https://example.org/archive/");
        casesServer = StaticServer.start(cases.root(), "/archive/");
        return audits(casesServer, List.of("zh/statistics/", "en/statistics/", "zh/data/", "en/data/",
                "zh/replies/2023/2023C1/", "en/replies/2023/2023C1/", "en/replies/2023/2023C2/",
                "zh/replies/2024/2024C5/", "zh/years/2024/"));
    }

    @TestFactory
    Stream<DynamicTest> realArchivePagesHaveNoViolations() throws IOException {
        String reply = longestReply();
        List<String> pages = new ArrayList<>(List.of("", "zh/", "en/", "zh/" + reply, "en/" + reply));
        real.htmlFiles().stream()
                .filter(f -> f.startsWith("en/replies/") && real.text(f).contains("notice--untranslated"))
                .findFirst()
                .ifPresent(f -> pages.add(f.replaceFirst("index\\.html$", "")));
        String year = real.htmlFiles().stream().filter(f -> f.matches("zh/years/\\d{4}/index\\.html")).findFirst()
                .orElseThrow().replaceFirst("index\\.html$", "");
        pages.addAll(List.of(year, "zh/years/", "en/sessions/", "zh/glossary/", "en/glossary/", "zh/about/",
                "en/how-to-read/", "no-such-page/"));
        return audits(realServer, pages);
    }

    /**
     * The reading aids' pages of the real archive in both languages, on a desktop and on a 375 px phone: the cited
     * documents' index and a document's page, a reply side by side, and a reply page with a term's note shown.
     */
    @TestFactory
    Stream<DynamicTest> readingAidPagesHaveNoViolationsOnDesktopAndPhone() {
        List<String> pages = List.of("zh/documents/", "en/documents/", "zh/documents/talent-three-year-plan/",
                "en/documents/talent-three-year-plan/", "zh/replies/2023/2023D51/side-by-side/",
                "en/replies/2023/2023D51/side-by-side/");
        Stream<DynamicTest> plain = Stream.of(false, true).flatMap(phone -> pages.stream().map(page -> DynamicTest
                .dynamicTest((phone ? "375 px " : "desktop ") + page, () -> {
                    if (phone) {
                        chrome.phone(375, 812);
                    }
                    try {
                        audit(realServer.url(page));
                    } finally {
                        chrome.desktop();
                    }
                })));
        Stream<DynamicTest> noteShown = Stream.of("zh/replies/2023/2023D51/", "en/replies/2023/2023D51/")
                .map(page -> DynamicTest.dynamicTest("term note shown " + page, () -> {
                    String url = realServer.url(page);
                    chrome.open(url);
                    // Reached by Tab from the element before it, as a keyboard user does: a focus() from a script
                    // fires no focus event in a headless Chromium whose window does not have the focus.
                    chrome.script("const term = document.querySelector('.reply-body a.term');"
                            + " const all = [...document.querySelectorAll('a[href], summary, button, input, select')]"
                            + ".filter(e => e.offsetParent !== null); all[all.indexOf(term) - 1].focus();");
                    new Actions(chrome.driver).sendKeys(Keys.TAB).perform();
                    chrome.waiting().until(d -> (Boolean) chrome.script(
                            "return !document.querySelector('.term-popup').hidden"));
                    audit(url, false);
                }));
        return Stream.concat(plain, noteShown);
    }

    /** The reply (as {@code replies/year/slug/}) whose Chinese page is the largest: the most structure to check. */
    private static String longestReply() throws IOException {
        try (Stream<Path> files = Files.walk(real.file("zh/replies"))) {
            Path largest = files.filter(p -> p.getFileName().toString().equals("index.html"))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
            return real.file("zh").relativize(largest.getParent()).toString().replace('\\', '/') + "/";
        }
    }

    private static Stream<DynamicTest> audits(StaticServer server, List<String> pages) {
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.isEmpty() ? "(entry)" : page,
                () -> audit(server.url(page))));
    }

    /** A site theme's footer, word and stylesheet keep the pages accessible, on a desktop and on a phone. */
    @TestFactory
    Stream<DynamicTest> restyledSitePagesHaveNoViolationsOnDesktopAndPhone() {
        List<String> pages = List.of("", "en/", "zh/replies/2023/2023W1/", "en/replies/2023/2023W1/", "en/glossary/",
                "en/years/2023/page/2/", "no-such-page/");
        Stream<DynamicTest> desktop = pages.stream().map(page -> DynamicTest.dynamicTest("desktop " + page,
                () -> audit(restyledServer.url(page))));
        Stream<DynamicTest> phone = pages.stream().map(page -> DynamicTest.dynamicTest("phone " + page, () -> {
            chrome.phone(375, 812);
            try {
                audit(restyledServer.url(page));
            } finally {
                chrome.desktop();
            }
        }));
        return Stream.concat(desktop, phone);
    }

    /**
     * Every kind of page in both languages with the reading settings on (200 % text and high contrast, then wide
     * spacing), with the settings panel open, and on a 375 px phone.
     */
    @TestFactory
    Stream<DynamicTest> everyPageKindHasNoViolationsWithReadingSettingsAndOnAPhone() {
        Stream<DynamicTest> settings = PhoneLayoutIT.PAGE_KINDS.stream().map(page -> DynamicTest.dynamicTest(
                "200 %, high contrast " + page, () -> auditWith(page, "{\"size\":\"200\",\"contrast\":\"high\"}")));
        Stream<DynamicTest> spacing = Stream.of("zh/replies/2023/2023W1/", "en/glossary/").map(page -> DynamicTest
                .dynamicTest("wide spacing, panel open " + page, () -> auditWith(page, "{\"spacing\":\"wide\"}")));
        Stream<DynamicTest> phone = PhoneLayoutIT.PAGE_KINDS.stream().map(page -> DynamicTest.dynamicTest(
                "375 px " + page, () -> {
                    chrome.phone(375, 812);
                    try {
                        audit(fixtureServer.url(page));
                    } finally {
                        chrome.desktop();
                    }
                }));
        return Stream.of(settings, spacing, phone).flatMap(s -> s);
    }

    private static void auditWith(String page, String settings) {
        chrome.open(fixtureServer.url(page));
        chrome.script("localStorage.setItem('reply-archive.reading', arguments[0])", settings);
        try {
            String url = fixtureServer.url(page);
            chrome.open(url);
            chrome.script("const d = document.getElementById('reading-settings'); if (d) d.open = true;");
            audit(url, false);
        } finally {
            chrome.script("localStorage.clear()");
        }
    }

    @Test
    void theAuditReportsViolationsItFinds() {
        chrome.open("data:text/html;charset=utf-8,<!DOCTYPE html><title>x</title><main><img src=a.png>"
                + "<p style='color:%23bbb'>faint</p></main>");
        List<Map<String, Object>> violations = violations("a bad page", 1);
        assertEquals(List.of("color-contrast", "html-has-lang", "image-alt", "page-has-heading-one"),
                violations.stream().map(v -> (String) v.get("id")).sorted().toList());
    }

    private static void audit(String url) {
        audit(url, true);
    }

    private static void audit(String url, boolean open) {
        if (open) {
            chrome.open(url);
        }
        assertEquals(url, chrome.driver.getCurrentUrl(), "the browser stayed on the page");
        List<Map<String, Object>> violations = violations(url, 10);
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder(violations.size() + " axe violations on " + url + ":");
            for (Map<String, Object> v : violations) {
                report.append("\n  ").append(v.get("id")).append(" [").append(v.get("impact")).append("] ")
                        .append(v.get("help")).append(" (").append(v.get("helpUrl")).append(")");
                for (Object target : (List<?>) v.get("targets")) {
                    report.append("\n    at ").append(target);
                }
            }
            fail(report.toString());
        }
    }

    /** Injects axe-core into the current page, runs it and returns its violations; it must pass some rules. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(String url, int minPasses) {
        chrome.script(axe);
        Object answer = chrome.driver.executeAsyncScript(AXE_RUN, TAGS);
        Map<String, Object> result = assertInstanceOf(Map.class, answer);
        if (result.containsKey("error")) {
            fail("axe failed on " + url + ": " + result.get("error"));
        }
        assertTrue(((Number) result.get("passes")).intValue() >= minPasses, "axe checked too little on " + url);
        return (List<Map<String, Object>>) result.get("violations");
    }
}
