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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.StaticServer;

/** Reads the fixture site in headless Chromium as a person would: by following links and pressing keys. */
class BrowserIT {

    @TempDir
    static Path dir;

    static StaticServer server;
    static HeadlessChrome chrome;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        BuiltSite site = BuiltSite.buildFixture(dir); // base URL https://example.org/archive/
        server = StaticServer.start(site.root(), "/archive/");
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

    @Test
    void entryPageLeadsToTheLanguageChosen() {
        chrome.open(server.url("zh/"));
        chrome.script("localStorage.clear()"); // no language chosen before
        chrome.open(server.url(""));
        click(By.cssSelector(".entry__language a[hreflang=zh-Hans]"));
        chrome.waitForUrl(server.url("zh/"));
        assertEquals("zh-Hans", htmlLang());
        assertEquals("测试档案", visible(By.tagName("h1")).getText());
    }

    @Test
    void readerFollowsAReplyFromTheHomeAndItsContentsLinkJumpsToTheHeading() {
        chrome.open(server.url("zh/"));
        click(By.cssSelector(".reply-card__title a[href$='/2023W23/']"));
        chrome.waitForUrl(server.url("zh/replies/2023/2023W23/"));
        assertEquals("关于对省政协十三届一次会议第2023W23号委员提案的答复", visible(By.tagName("h1")).getText());
        assertTrue(driver.getTitle().startsWith("关于对省政协十三届一次会议第2023W23号委员提案的答复 · "), driver.getTitle());
        assertEquals(List.of(), driver.findElements(By.cssSelector(".reply-meta dt")).stream()
                .filter(WebElement::isDisplayed).toList(), "the full record is folded under its summary");
        click(By.cssSelector(".reply-meta > summary"));
        List<String> terms = driver.findElements(By.cssSelector(".reply-meta dt")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertEquals(List.of("发文字号", "答复日期", "会议", "提案编号", "提案类别", "提案标题", "提案人", "主办单位", "协办单位", "主题"), terms);
        assertEquals("2023年12月24日", visible(By.cssSelector(".reply-meta time")).getText());

        WebElement second = visible(By.cssSelector(".toc li:nth-child(2) a"));
        assertEquals("（一）省科技厅", second.getText());
        second.click();
        chrome.waiting().until(d -> "#一-省科技厅".equals(chrome.script("return decodeURIComponent(location.hash)")));
        WebElement target = (WebElement) chrome.script("return document.querySelector(':target')");
        assertEquals("h3", target.getTagName());
        assertEquals("（一）省科技厅", target.getText());
        Number top = (Number) chrome.script("return arguments[0].getBoundingClientRect().top", target);
        Number height = (Number) chrome.script("return window.innerHeight");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue(), "heading in view: " + top);
    }

    @Test
    void languageLinkLeadsToTheTranslationAndOnToTheSessionsSecondPage() {
        chrome.open(server.url("zh/replies/2023/2023W5/"));
        click(By.cssSelector(".language-switch a[hreflang=en]"));
        chrome.waitForUrl(server.url("en/replies/2023/2023W5/"));
        assertEquals("en", htmlLang());
        assertEquals("Reply to Member Proposal No. 2023W5", visible(By.tagName("h1")).getText());
        String notice = visible(By.cssSelector(".notice--translation")).getText();
        assertTrue(notice.contains("unofficial translation"), notice);
        assertEquals("6 March 2023", visible(By.cssSelector(".reply-meta time")).getText());

        click(By.cssSelector(".reply-meta > summary"));
        click(By.cssSelector(".reply-meta a[href*='/sessions/']"));
        chrome.waitForUrl(server.url("en/sessions/cppcc-13-1/"));
        assertEquals("First Session of the 13th Provincial CPPCC Committee", visible(By.tagName("h1")).getText());
        assertEquals(20, cards());
        click(By.cssSelector(".pagination a[rel=next]"));
        chrome.waitForUrl(server.url("en/sessions/cppcc-13-1/page/2/"));
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES - 20, cards());
        assertTrue(visible(By.tagName("main")).getText().contains("Page 2 of 2"));
        click(By.cssSelector(".pagination a[rel=prev]"));
        chrome.waitForUrl(server.url("en/sessions/cppcc-13-1/"));
    }

    @Test
    void yearsIndexLeadsToAYearAndItsSecondPage() {
        chrome.open(server.url("en/"));
        click(By.linkText("Years"));
        chrome.waitForUrl(server.url("en/years/"));
        click(By.cssSelector("main .group-list a[href$='/years/2023/']"));
        chrome.waitForUrl(server.url("en/years/2023/"));
        assertTrue(visible(By.tagName("h1")).getText().contains("2023"));
        assertEquals(20, cards());
        click(By.cssSelector(".pagination a[rel=next]"));
        chrome.waitForUrl(server.url("en/years/2023/page/2/"));
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES - 20, cards());
    }

    @Test
    void untranslatedReplySaysSoInEnglishAndLinksBackToTheChinese() {
        chrome.open(server.url("en/years/2023/"));
        click(By.cssSelector(".reply-card__title a[href$='/" + FixtureArchive.UNTRANSLATED + "/']"));
        chrome.waitForUrl(server.url("en/replies/2023/" + FixtureArchive.UNTRANSLATED + "/"));
        assertEquals("en", htmlLang());
        WebElement notice = visible(By.cssSelector(".notice--untranslated"));
        assertTrue(notice.getText().contains("has not been translated"), notice.getText());
        assertTrue(driver.findElements(By.cssSelector(".reply-body")).isEmpty());
        notice.findElement(By.tagName("a")).click();
        chrome.waitForUrl(server.url("zh/replies/2023/" + FixtureArchive.UNTRANSLATED + "/"));
        assertEquals("zh-Hans", htmlLang());
        assertTrue(visible(By.cssSelector(".reply-body")).getText().contains("第9号答复的正文"));
    }

    @Test
    void firstTabFocusesTheSkipLinkAndActivatingItMovesFocusToMain() {
        chrome.open(server.url("zh/replies/2023/2023W5/"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = chrome.waiting().until(d -> {
            WebElement active = d.switchTo().activeElement();
            return active.getAttribute("class").contains("skip-link") ? active : null;
        });
        assertTrue(skip.isDisplayed());
        assertEquals("跳到正文", skip.getText());
        Number left = (Number) chrome.script("return arguments[0].getBoundingClientRect().left", skip);
        assertTrue(left.doubleValue() >= 0, "the focused skip link is on screen: left=" + left);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        chrome.waiting().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    @Test
    void replyPagesDoNotScrollSidewaysOnAPhone() {
        chrome.phone(375, 812);
        try {
            for (String page : List.of("zh/replies/2023/2023W1/", "en/replies/2023/2023W1/", "zh/", "en/years/2023/")) {
                chrome.open(server.url(page));
                assertEquals(375L, ((Number) chrome.script("return window.innerWidth")).longValue(), page);
                Number scroll = (Number) chrome.script("return document.documentElement.scrollWidth");
                Number client = (Number) chrome.script("return document.documentElement.clientWidth");
                assertTrue(scroll.longValue() <= client.longValue(),
                        page + " scrolls sideways: scrollWidth " + scroll + " > clientWidth " + client);
            }
        } finally {
            chrome.desktop();
        }
    }

    @Test
    void aMissingPageAnswersWithTheStyledNotFoundPage() {
        chrome.open(server.url("zh/no-such-page/"));
        assertEquals("页面未找到", visible(By.tagName("h1")).getText());
        assertEquals("0px", visible(By.tagName("body")).getCssValue("margin-top"), "the theme's CSS is applied");
        click(By.cssSelector("section[lang=en] a"));
        chrome.waitForUrl(server.url("en/"));
    }

    private static WebElement visible(By by) {
        return chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void click(By by) {
        chrome.waiting().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private static int cards() {
        return driver.findElements(By.cssSelector(".reply-card")).size();
    }

    private static String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
