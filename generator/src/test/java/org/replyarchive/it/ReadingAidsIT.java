package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.StaticServer;

/**
 * The reading aids of a reply in Chromium, on the site built from {@code content/}: glossary terms explained on
 * hover, keyboard focus and tap, described to screen readers, and linked to the glossary without JavaScript; cited
 * documents linked to their pages, which list the replies citing them; the texts side by side, in columns on a
 * desktop and on paper, stacked on a phone; none of these pages scrolling sideways at 320 px.
 */
class ReadingAidsIT {

    private static final String REPLY = "zh/replies/2023/2023D51/";

    @TempDir
    static Path dir;

    static BuiltSite site;
    static StaticServer server;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        site = BuiltSite.build(Path.of("../content"), dir, "/");
        server = StaticServer.start(site.root());
        chrome = HeadlessChrome.start();
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void reset() {
        chrome.desktop();
        chrome.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        chrome.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        chrome.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private static WebElement firstTerm() {
        return chrome.driver.findElement(By.cssSelector(".reply-body a.term"));
    }

    private static WebElement popup() {
        return chrome.driver.findElement(By.cssSelector(".term-popup"));
    }

    /** The note the mark names: the other language's term and the first sentence of the definition. */
    private static String noteOf(WebElement term) {
        return chrome.driver.findElement(By.id(term.getAttribute("aria-describedby"))).getAttribute("textContent");
    }

    @Test
    void hoveringATermShowsItsOtherLanguageTermAndDefinitionUntilEscape() {
        chrome.open(server.url(REPLY));
        WebElement term = firstTerm();
        String note = noteOf(term);
        String english = chrome.driver.findElement(By.cssSelector("#" + term.getAttribute("aria-describedby")
                + " .terms__other")).getAttribute("textContent");
        assertFalse(english.isBlank(), "the note gives the English term");
        new Actions(chrome.driver).moveToElement(term).perform();
        chrome.waiting().until(d -> popup().isDisplayed());
        assertTrue(popup().getText().contains(english), popup().getText());
        assertTrue(popup().getText().replace("\n", "").contains(note.replace(english, "").substring(1).strip()),
                "the popup shows the definition: " + popup().getText());
        assertEquals("true", popup().getAttribute("aria-hidden"), "screen readers read the description instead");
        Number below = (Number) chrome.script("return arguments[0].getBoundingClientRect().top"
                + " - arguments[1].getBoundingClientRect().bottom", popup(), term);
        assertTrue(below.doubleValue() >= 0 && below.doubleValue() < 20, "the popup stands just under the term");
        new Actions(chrome.driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(popup().isDisplayed(), "Escape dismisses it");
    }

    @Test
    void keyboardFocusShowsTheNoteAndScreenReadersAreGivenItAsTheDescription() {
        chrome.open(server.url(REPLY));
        WebElement term = firstTerm();
        // Tab from the element just before the term, as a keyboard user reaches it.
        chrome.script("const all = [...document.querySelectorAll('a[href], summary, button, input, select')]"
                + ".filter(e => e.offsetParent !== null); all[all.indexOf(arguments[0]) - 1].focus();", term);
        new Actions(chrome.driver).sendKeys(Keys.TAB).perform();
        assertEquals(term, chrome.driver.switchTo().activeElement(), "Tab reaches the term");
        chrome.waiting().until(d -> popup().isDisplayed());
        assertTrue(popup().getText().startsWith(term.getText()), popup().getText());
        String description = accessibleDescription(".reply-body a.term");
        assertEquals(noteOf(term).strip(), description.strip(), "the description a screen reader announces");
        assertTrue(description.length() > 5);
    }

    @Test
    void aFirstTapShowsTheNoteAndASecondOpensTheGlossaryEntry() {
        chrome.phone(375, 812);
        chrome.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true,
                "maxTouchPoints", 1));
        chrome.open(server.url(REPLY));
        WebElement term = firstTerm();
        String key = term.getAttribute("href").replaceFirst(".*#", "");
        tap(term);
        chrome.waiting().until(d -> popup().isDisplayed());
        assertEquals(server.url(REPLY), chrome.driver.getCurrentUrl(), "the first tap stays on the page");
        assertTrue(popup().getText().contains(chrome.driver.findElement(By.cssSelector(".terms"))
                .getAttribute("data-tap-hint")), "and says what a second tap does");
        Number right = (Number) chrome.script("return arguments[0].getBoundingClientRect().right", popup());
        assertTrue(right.doubleValue() <= 375, "the popup fits the phone's width: " + right);
        tap(term);
        chrome.waitForUrl(server.url("zh/glossary/#" + key));
        assertNotNull(chrome.driver.findElement(By.id(key)));
    }

    @Test
    void withoutJavaScriptATermIsALinkToItsGlossaryEntry() {
        chrome.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        chrome.open(server.url("en/replies/2023/2023D51/"));
        WebElement term = firstTerm();
        String key = term.getAttribute("href").replaceFirst(".*#", "");
        term.click();
        chrome.waitForUrl(server.url("en/glossary/#" + key));
        assertTrue(chrome.driver.findElement(By.id(key)).isDisplayed());
    }

    @Test
    void aCitedDocumentLeadsToItsPageWhichListsTheReplyAndIsInTheIndex() {
        chrome.open(server.url(REPLY));
        WebElement cited = chrome.driver.findElement(By.cssSelector(".reply-body a.cited-document"));
        String title = cited.getText().replaceAll("[《》]", "");
        cited.click();
        chrome.waitForLoad();
        assertEquals(title, chrome.driver.findElement(By.tagName("h1")).getText());
        List<String> replies = chrome.driver.findElements(By.cssSelector(".reply-card__title a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(replies.contains(server.url(REPLY)), replies::toString);
        String page = chrome.driver.getCurrentUrl();
        chrome.open(server.url("zh/documents/"));
        List<String> listed = chrome.driver.findElements(By.cssSelector(".documents a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(listed.contains(page), listed::toString);
        assertEquals(33, listed.size(), "every registered document is listed");
    }

    @Test
    void sideBySideSetsEachBlockBesideItsTranslationOnADesktopAndAboveItOnAPhone() {
        String page = server.url("zh/replies/2023/2023D51/side-by-side/");
        chrome.open(server.url(REPLY));
        chrome.driver.findElement(By.cssSelector(".side-by-side-link a")).click();
        chrome.waitForUrl(page);
        List<WebElement> rows = chrome.driver.findElements(By.cssSelector(".parallel__row:not(.parallel__row--head)"));
        assertTrue(rows.size() > 10, "a row per block: " + rows.size());
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.cssSelector(".parallel__cell"));
            assertEquals(List.of("zh-Hans", "en"), cells.stream().map(c -> c.getAttribute("lang")).toList());
            assertEquals(cells.get(0).getLocation().getY(), cells.get(1).getLocation().getY(), "side by side");
            assertTrue(cells.get(1).getLocation().getX() > cells.get(0).getLocation().getX());
        }
        assertEquals(count("div.parallel__cell[lang=zh-Hans] h2"), count("div.parallel__cell[lang=en] h2"),
                "the points pair up");
        assertTrue(count("div.parallel__cell[lang=zh-Hans] h2") >= 3);
        assertTrue(count("div.parallel__cell[lang=en] a.term") > 0
                && count("div.parallel__cell[lang=zh-Hans] a.term") > 0, "terms marked in both");
        chrome.phone(375, 812);
        chrome.open(page);
        WebElement first = chrome.driver.findElements(By.cssSelector(".parallel__row:not(.parallel__row--head)")).get(1);
        List<WebElement> cells = first.findElements(By.cssSelector(".parallel__cell"));
        assertTrue(cells.get(1).getLocation().getY() > cells.get(0).getLocation().getY(), "stacked on a phone");
        chrome.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(cells.get(0).getLocation().getY(), cells.get(1).getLocation().getY(), "two columns on paper");
        assertFalse(chrome.driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "nothing interactive");
    }

    @Test
    void theNewPagesDoNotScrollSidewaysAt320Pixels() {
        chrome.phone(320, 640);
        for (String lang : List.of("zh", "en")) {
            for (String page : List.of("documents/", "documents/talent-three-year-plan/",
                    "replies/2023/2023D51/side-by-side/", "replies/2023/2023D51/")) {
                chrome.open(server.url(lang + "/" + page));
                Number scroll = (Number) chrome.script("return document.documentElement.scrollWidth");
                Number client = (Number) chrome.script("return document.documentElement.clientWidth");
                assertTrue(scroll.intValue() <= client.intValue(), lang + "/" + page + " scrolls sideways: " + scroll);
            }
        }
    }

    private static long count(String selector) {
        return chrome.driver.findElements(By.cssSelector(selector)).size();
    }

    /** Taps the middle of {@code element} with a touch screen's events. */
    private static void tap(WebElement element) {
        chrome.script("arguments[0].scrollIntoView({block: 'center'})", element);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) chrome.script("const r = arguments[0].getClientRects()[0];"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2};", element);
        Map<String, Object> point = Map.of("x", box.get("x"), "y", box.get("y"));
        chrome.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart",
                "touchPoints", List.of(point)));
        chrome.driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    /** The accessible description Chromium computes for the first element {@code selector} finds. */
    @SuppressWarnings("unchecked")
    private static String accessibleDescription(String selector) {
        Map<String, Object> document = chrome.driver.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = chrome.driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root,
                "selector", selector)).get("nodeId");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chrome.driver.executeCdpCommand(
                "Accessibility.getPartialAXTree", Map.of("nodeId", node, "fetchRelatives", false)).get("nodes");
        Map<String, Object> description = (Map<String, Object>) nodes.get(0).get("description");
        return description == null ? "" : String.valueOf(description.get("value"));
    }
}
