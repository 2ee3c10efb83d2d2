package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.StaticServer;

/**
 * Search finds a reply by the text of any of its case's documents: the result's snippet is read from that
 * document in the page, marks the query, and names the document with a link to it.
 */
class CaseSearchIT {

    @TempDir
    static java.nio.file.Path dir;

    static BuiltSite site;
    static StaticServer server;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
        server = StaticServer.start(site.root(), "/archive/");
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

    private static List<WebElement> search(String lang, String query) {
        chrome.open(server.url(lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        chrome.waiting().until((WebDriver d) -> "done".equals(
                d.findElement(By.id("search")).getAttribute("data-state")));
        return chrome.driver.findElements(By.cssSelector(".search-result"));
    }

    private static WebElement only(List<WebElement> results, String slug) {
        assertEquals(1, results.size(), "one result");
        WebElement result = results.get(0);
        assertTrue(result.findElement(By.cssSelector(".search-result__title a")).getAttribute("href")
                .endsWith("/" + slug + "/"), result.getText());
        return result;
    }

    @Test
    void anInterimReplysTextFindsTheReplyAndItsSnippetLinksToTheDocument() {
        WebElement result = only(search("zh", "阶段性答复的正文"), "2023C1");
        WebElement part = result.findElement(By.cssSelector(".search-result__snippet .search-result__part"));
        assertEquals("阶段性答复", part.getText());
        assertEquals(server.url("zh/replies/2023/2023C1/#document-interim"), part.getAttribute("href"));
        assertEquals(List.of("阶段性答复的正文"), result.findElements(By.cssSelector(".search-result__snippet mark"))
                .stream().map(WebElement::getText).toList());
        assertNotNull(site.page("zh/replies/2023/2023C1/index.html").getElementById("document-interim"),
                "the anchor is the document's heading");
    }

    @Test
    void aCoHandlingOpinionAndASecondReplyAreFoundTooInTheirOwnLanguage() {
        WebElement opinion = only(search("zh", "协办意见的正文"), "2023C1");
        assertEquals(server.url("zh/replies/2023/2023C1/#document-co-jl-jyt"),
                opinion.findElement(By.cssSelector(".search-result__part")).getAttribute("href"));
        WebElement second = only(search("en", "\"second reply's text\""), "2023C2");
        WebElement part = second.findElement(By.cssSelector(".search-result__part"));
        assertEquals("Second reply", part.getText());
        assertTrue(part.getAttribute("href").endsWith("/en/replies/2023/2023C2/#document-second"));
        assertTrue(second.findElement(By.cssSelector(".search-result__snippet")).getText()
                .contains("The second reply's text."));
    }

    @Test
    void aMatchInTheReplysOwnTextNamesNoDocument() {
        WebElement result = only(search("zh", "第2023C2号答复的正文"), "2023C2");
        assertEquals(List.of(), result.findElements(By.cssSelector(".search-result__part")));
        assertEquals(List.of("第2023C2号答复的正文"), result.findElements(By.cssSelector(".search-result__snippet mark"))
                .stream().map(WebElement::getText).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResultNamingItsDocumentPassesAxe() throws java.io.IOException {
        search("en", "\"second reply's text\"");
        try (java.io.InputStream in = CaseSearchIT.class.getResourceAsStream("/axe.min.js")) {
            chrome.script(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        java.util.Map<String, Object> result = (java.util.Map<String, Object>) chrome.driver.executeAsyncScript(
                AccessibilityIT.AXE_RUN, AccessibilityIT.TAGS);
        assertEquals(null, result.get("error"));
        assertTrue(((Number) result.get("passes")).intValue() >= 10, "axe checked the page");
        assertEquals(List.of(), result.get("violations"));
    }

    @Test
    void theDocumentsOfAWithheldReplyAreNotSearched() {
        assertEquals(List.of(), search("zh", FixtureArchive.WITHHELD));
        assertEquals(List.of(), search("en", "Interim " + FixtureArchive.WITHHELD));
    }
}
