package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.StaticServer;

/**
 * The reading settings (适老化) in Chromium: each choice applies, is announced, and holds across pages and visits;
 * without JavaScript a choice still applies to the page; read-aloud is offered where the browser can speak; the
 * entry page remembers a reader's language and marks the browser's.
 */
class ReadingIT {

    @TempDir
    static Path dir;

    static StaticServer server;
    static HeadlessChrome chrome;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        BuiltSite real = BuiltSite.build(Path.of("../content"), dir, "/");
        server = StaticServer.start(real.root());
        chrome = HeadlessChrome.start();
        driver = chrome.driver;
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
    void forgetSettings() {
        chrome.open(server.url("zh/"));
        chrome.script("localStorage.clear()");
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    @Test
    void aLargerTextSizeAppliesIsAnnouncedAndHoldsOnTheNextPageAndVisit() {
        chrome.open(server.url("zh/"));
        assertEquals("16px", rootFontSize());
        choose("rs-size-150");
        assertEquals("24px", rootFontSize());
        assertTrue(driver.findElement(By.cssSelector(".reading-settings__status")).getText().contains("字号 150%"),
                "announced to screen readers in the status region");
        chrome.open(server.url("zh/glossary/"));
        assertEquals("24px", rootFontSize(), "kept across pages");
        assertEquals(Boolean.TRUE, chrome.script("return document.getElementById('rs-size-150').checked"));
        choose("rs-size-200");
        chrome.open(server.url("en/about/"));
        assertEquals("32px", rootFontSize(), "up to 200 %, in the other language too");
    }

    @Test
    void highContrastAndWideSpacingApply() {
        chrome.open(server.url("en/"));
        choose("rs-contrast-high");
        assertEquals("rgb(0, 0, 0)", chrome.script("return getComputedStyle(document.body).backgroundColor"));
        assertEquals("rgb(255, 255, 255)", chrome.script("return getComputedStyle(document.body).color"));
        double before = lineHeight();
        choose("rs-spacing-wide");
        assertTrue(lineHeight() > before * 1.2, before + " → " + lineHeight());
        chrome.open(server.url("en/glossary/"));
        assertEquals("rgb(0, 0, 0)", chrome.script("return getComputedStyle(document.body).backgroundColor"));
    }

    @Test
    void withoutJavaScriptAChoiceStillAppliesToThePage() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        chrome.open(server.url("zh/about/"));
        choose("rs-size-200");
        assertEquals("32px", rootFontSize(), "html:has(#rs-size-200:checked)");
        choose("rs-contrast-high");
        assertEquals("rgb(0, 0, 0)", chrome.script("return getComputedStyle(document.body).backgroundColor"));
    }

    @Test
    void readAloudIsOfferedOnAReplyWhereTheBrowserCanSpeak() {
        chrome.open(server.url("zh/replies/2023/2023D51/"));
        boolean speaks = (Boolean) chrome.script("return 'speechSynthesis' in window");
        driver.findElement(By.cssSelector("#reading-settings > summary")).click();
        assertEquals(speaks, driver.findElement(By.id("read-aloud")).isDisplayed());
        if (speaks) {
            // Headless Chromium has no voices, so what is asked of the browser is recorded instead of heard.
            chrome.script("window.spoken = []; speechSynthesis.speak = u => spoken.push([u.lang, u.text]);");
            driver.findElement(By.id("read-aloud")).click();
            @SuppressWarnings("unchecked")
            List<List<String>> spoken = (List<List<String>>) chrome.script("return spoken");
            assertTrue(spoken.size() > 5, "one utterance per block: " + spoken.size());
            assertEquals("zh-Hans", spoken.get(0).get(0));
            String text = driver.findElement(By.cssSelector(".reply-body p")).getText();
            assertEquals(text, spoken.get(0).get(1), "from the reply's text, the salutation first");
            assertEquals("停止朗读", driver.findElement(By.id("read-aloud")).getText());
        }
    }

    @Test
    void theEntryPageOffersBothLanguagesMarksTheBrowsersAndRemembersTheChoice() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setUserAgentOverride",
                Map.of("userAgent", "Mozilla/5.0 HeadlessChrome", "acceptLanguage", "en-GB,en"));
        try {
            chrome.open(server.url(""));
            assertEquals(server.url(""), driver.getCurrentUrl(), "no one is sent away unasked");
            assertEquals(List.of("en"), driver.findElements(By.cssSelector(".entry__language--suggested a")).stream()
                    .map(a -> a.getAttribute("hreflang")).toList());
            driver.findElement(By.cssSelector(".entry__language a[hreflang=zh-Hans]")).click();
            chrome.waitForUrl(server.url("zh/"));
            chrome.open(server.url(""));
            chrome.waitForUrl(server.url("zh/"));
        } finally {
            driver.executeCdpCommand("Network.setUserAgentOverride",
                    Map.of("userAgent", "Mozilla/5.0 HeadlessChrome", "acceptLanguage", "zh-CN,zh"));
        }
    }

    private static void choose(String id) {
        if (!driver.findElement(By.id(id)).isDisplayed()) {
            driver.findElement(By.cssSelector("#reading-settings > summary")).click();
        }
        driver.findElement(By.id(id)).click();
    }

    private static String rootFontSize() {
        return (String) chrome.script("return getComputedStyle(document.documentElement).fontSize");
    }

    private static double lineHeight() {
        return Double.parseDouble(((String) chrome.script(
                "return getComputedStyle(document.querySelector('main p')).lineHeight")).replace("px", ""));
    }
}
