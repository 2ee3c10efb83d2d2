package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.StaticServer;

/**
 * Pages on phones in Chromium: no page of any kind scrolls sideways at 320 px (WCAG 1.4.10), also with the
 * largest text; a reply's text starts on the first screen at 375×812; the contents are numbered once.
 */
class PhoneLayoutIT {

    /** Every kind of page, in both languages; the fixture has the untranslated reply and the search index. */
    static final List<String> PAGE_KINDS = List.of("", "zh/", "en/", "zh/replies/2023/2023W1/",
            "en/replies/2023/2023W1/", "en/replies/2023/" + FixtureArchive.UNTRANSLATED + "/", "zh/years/",
            "en/years/2023/", "en/years/2023/page/2/", "zh/sessions/", "en/sessions/cppcc-13-1/", "zh/proposers/",
            "en/proposers/", "zh/departments/", "en/departments/", "zh/topics/", "en/kinds/", "zh/glossary/",
            "en/glossary/", "zh/search/", "en/search/", "zh/about/", "en/about/", "no-such-page/");

    @TempDir
    static Path dir;

    static BuiltSite real;
    static StaticServer fixtureServer;
    static StaticServer realServer;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        fixtureServer = StaticServer.start(BuiltSite.buildFixture(dir.resolve("fixture")).root(), "/archive/");
        real = BuiltSite.build(Path.of("../content"), dir.resolve("real"), "/");
        realServer = StaticServer.start(real.root());
        chrome = HeadlessChrome.start();
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        Stream.of(fixtureServer, realServer).filter(s -> s != null).forEach(StaticServer::close);
    }

    @TestFactory
    Stream<DynamicTest> noPageScrollsSidewaysAt320Pixels() {
        Stream<DynamicTest> plain = PAGE_KINDS.stream().map(page -> DynamicTest.dynamicTest("320 px " + page,
                () -> assertReflows(fixtureServer.url(page), null)));
        Stream<DynamicTest> large = Stream.of("zh/replies/2023/2023W1/", "en/replies/2023/2023W1/", "en/search/",
                "zh/glossary/").map(page -> DynamicTest.dynamicTest("320 px, text 200 % " + page,
                () -> assertReflows(fixtureServer.url(page), "200")));
        return Stream.concat(plain, large);
    }

    private static void assertReflows(String url, String textSize) {
        chrome.phone(320, 640);
        try {
            chrome.open(url);
            if (textSize != null) {
                chrome.script("localStorage.setItem('reply-archive.reading', JSON.stringify({size: arguments[0]}))",
                        textSize);
                chrome.open(url);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> widths = (Map<String, Object>) chrome.script("""
                    const root = document.documentElement;
                    const wide = [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1
                        && !e.closest('.main-nav ul, .reply-body table'))
                      .map(e => e.tagName + '.' + e.className).slice(0, 5);
                    return {scroll: root.scrollWidth, client: root.clientWidth, wide: wide.join(', ')};""");
            assertEquals(((Number) widths.get("client")).longValue(), ((Number) widths.get("scroll")).longValue(),
                    url + " scrolls sideways; too wide: " + widths.get("wide"));
        } finally {
            chrome.script("localStorage.clear()");
            chrome.desktop();
        }
    }

    /** The first paragraph after the salutation starts within the first screen of every reply, in both languages. */
    @TestFactory
    Stream<DynamicTest> aReplysTextStartsOnThePhonesFirstScreen() {
        List<String> replies = new ArrayList<>();
        real.htmlFiles().stream().filter(f -> f.matches("(zh|en)/replies/\\d{4}/[^/]+/index\\.html"))
                .forEach(f -> replies.add(f.replace("index.html", "")));
        assertTrue(replies.size() >= 10);
        return replies.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
            chrome.phone(375, 812);
            try {
                chrome.open(realServer.url(page));
                @SuppressWarnings("unchecked")
                List<Number> first = (List<Number>) chrome.script("""
                        const ps = document.querySelectorAll('.reply-body > p');
                        const p = ps[1] || ps[0];
                        const r = p.getBoundingClientRect();
                        return [r.top, parseFloat(getComputedStyle(p).lineHeight)];""");
                double lineBottom = first.get(0).doubleValue() + first.get(1).doubleValue();
                System.out.printf("first paragraph at y = %.0f px (first line ends at %.0f) on %s%n",
                        first.get(0).doubleValue(), lineBottom, page);
                assertTrue(lineBottom <= 812, page + ": the text's first line ends at y = " + lineBottom);
            } finally {
                chrome.desktop();
            }
        }));
    }

    @Test
    void theContentsAreNumberedOnceByTheHeadingsOwnNumbers() {
        chrome.open(fixtureServer.url("zh/replies/2023/2023W1/"));
        chrome.script("document.querySelector('.toc details').open = true");
        @SuppressWarnings("unchecked")
        List<String> markers = (List<String>) chrome.script("""
                return [...document.querySelectorAll('.toc li')].map(li =>
                  getComputedStyle(li).listStyleType + '|' + getComputedStyle(li, '::marker').content);""");
        assertTrue(markers.size() > 1);
        markers.forEach(m -> assertTrue(m.startsWith("none|"), "a list marker besides the heading's number: " + m));
    }
}
