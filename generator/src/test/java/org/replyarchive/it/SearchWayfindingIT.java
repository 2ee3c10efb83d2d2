package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.StaticServer;

/**
 * The search page as a place to find one's way: one search box, a title that names the query, a language switch
 * that keeps it, filters that search once per choice made with the keyboard, and English snippets cut between words.
 */
class SearchWayfindingIT {

    @TempDir
    static Path dir;

    static StaticServer server;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        server = StaticServer.start(BuiltSite.buildFixture(dir).root(), "/archive/");
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

    @Test
    void theTitleNamesTheQueryAndTheLanguageSwitchKeepsIt() {
        chrome.open(server.url("zh/search/?q=%E4%BA%BA%E6%89%8D"));
        awaitResults();
        assertTrue(chrome.driver.getTitle().startsWith("“人才”的搜索结果 · 搜索 · "), chrome.driver.getTitle());
        assertEquals(1, chrome.driver.findElements(By.cssSelector("input[type=search]")).size(), "one search box");
        String other = chrome.driver.findElement(By.cssSelector(".language-switch a[hreflang=en]")).getAttribute("href");
        assertEquals(server.url("en/search/?q=%E4%BA%BA%E6%89%8D"), other);
    }

    @Test
    void arrowKeysOnAClosedFilterSearchOnceTheReaderSettles() {
        chrome.open(server.url("zh/search/?q=%E4%BA%BA%E6%89%8D"));
        awaitResults();
        long before = (Long) chrome.script("return history.length");
        chrome.script("window.searches = 0; const f = window.fetch;"
                + "window.fetch = (...a) => { if (String(a[0]).includes('manifest')) searches++; return f(...a); };");
        WebElement year = chrome.driver.findElement(By.id("search-year"));
        year.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
        awaitResults();
        assertEquals(before + 1, (Long) chrome.script("return history.length"), "one history entry for the choice");
        assertTrue(chrome.driver.getCurrentUrl().contains("year="), chrome.driver.getCurrentUrl());
    }

    @Test
    void englishSnippetsAreCutBetweenWordsAndChineseAnywhere() {
        chrome.open(server.url("en/search/"));
        String words = "Science and technology departments supported enterprises in every city of the province, "
                .repeat(6);
        String snippet = (String) chrome.script("return ReplyArchiveSearch.snippetText(arguments[0], 'talent')",
                words + "and the talent programme reached researchers abroad. " + words);
        assertTrue(snippet.matches("…[A-Z]?[a-z]+ .*"), snippet);
        String inner = snippet.substring(1, snippet.length() - 1);
        assertTrue((words + "and the talent programme reached researchers abroad. " + words)
                .contains(" " + inner + " "), "whole words at both ends: " + snippet);
        assertTrue(snippet.contains("talent"), snippet);
        String chinese = (String) chrome.script("return ReplyArchiveSearch.snippetText(arguments[0], '人才')",
                "科技创新".repeat(30) + "人才" + "科技创新".repeat(60));
        assertEquals(1 + 40 + 160 - 40 + 1, chinese.length(), "Chinese is cut by characters: " + chinese);
    }

    private static void awaitResults() {
        chrome.waiting().until((WebDriver d) -> "done".equals(
                d.findElement(By.id("search")).getAttribute("data-state")));
    }
}
