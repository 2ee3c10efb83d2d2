package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.replyarchive.search.SearchTokenizer;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;
import org.replyarchive.testing.StaticServer;

/**
 * Search as a reader uses it, in headless Chromium: on the archive's own content and on the fixture archive,
 * served over loopback under a sub-path.
 */
class SearchBrowserIT {

    static final Path CONTENT = Path.of("..", "content");

    @TempDir
    static Path dir;

    static StaticServer archive;
    static StaticServer fixture;
    static HeadlessChrome chrome;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        archive = StaticServer.start(BuiltSite.build(CONTENT, dir.resolve("archive"), "/").root());
        fixture = StaticServer.start(BuiltSite.buildFixture(dir.resolve("fixture")).root(), "/archive/");
        chrome = HeadlessChrome.start();
        driver = chrome.driver;
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        archive.close();
        fixture.close();
    }

    /** Opens the search page of {@code server} with a query in its URL and waits for the results. */
    private static void search(StaticServer server, String lang, String query) {
        chrome.open(server.url(lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        awaitResults();
    }

    private static void awaitResults() {
        chrome.waiting().until((WebDriver d) -> "done".equals(
                d.findElement(By.id("search")).getAttribute("data-state")));
    }

    private static List<String> resultPaths() {
        return driver.findElements(By.cssSelector(".search-result__title a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^http://127\\.0\\.0\\.1:\\d+/(archive/)?", ""))
                .toList();
    }

    private static String status() {
        return driver.findElement(By.id("search-status")).getText();
    }

    /** The reply pages of {@code lang} whose file mentions {@code needle}, found the slow way. */
    private static Set<String> repliesMentioning(String lang, String needle) throws Exception {
        try (Stream<Path> files = Files.walk(CONTENT.resolve("replies"))) {
            return files.filter(f -> f.toString().endsWith("." + lang + ".md"))
                    .filter(f -> read(f).toLowerCase().contains(needle))
                    .map(f -> lang + "/replies/" + f.getParent().getFileName() + "/"
                            + f.getFileName().toString().replace("." + lang + ".md", "") + "/")
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProgrammeNameFindsEveryReplyThatMentionsIt() throws Exception {
        search(archive, "zh", "破茧成蝶");
        Set<String> expected = repliesMentioning("zh", "破茧成蝶");
        assertTrue(expected.size() >= 2, "the archive mentions it in several replies");
        assertEquals(expected, new TreeSet<>(resultPaths()));
        assertTrue(status().contains(String.valueOf(expected.size())), status());
        List<WebElement> snippets = driver.findElements(By.cssSelector(".search-result__snippet"));
        assertEquals(expected.size(), snippets.size());
        for (WebElement snippet : snippets) {
            assertEquals("破茧成蝶", snippet.findElement(By.tagName("mark")).getText(), snippet.getText());
        }
        assertTrue(archive.rangedResponses() > 0, "results read only the parts of their files they need");
    }

    @Test
    void oneCharacterOfAWordFindsEveryReplyThatHoldsIt() throws Exception {
        search(archive, "zh", "蝶");
        assertEquals(repliesMentioning("zh", "蝶"), new TreeSet<>(resultPaths()));
        for (WebElement mark : driver.findElements(By.cssSelector(".search-result mark"))) {
            assertEquals("蝶", mark.getText());
        }
    }

    @Test
    void traditionalAndFullWidthQueriesFindWhatTheirSimplifiedFormsFind() {
        search(archive, "zh", "破茧成蝶");
        List<String> simplified = resultPaths();
        search(archive, "zh", "破繭成蝶");
        assertEquals(simplified, resultPaths());
        search(archive, "zh", "２０２３Ｄ５１");
        assertTrue(resultPaths().contains("zh/replies/2023/2023D51/"), resultPaths().toString());
    }

    @Test
    void aQuotedPhraseIsMarkedWithoutItsQuotesAndStopWordsAreNotMarked() {
        search(archive, "en", "\"Chrysalis to Butterfly\" the");
        assertTrue(!resultPaths().isEmpty());
        for (WebElement mark : driver.findElements(By.cssSelector(".search-result__snippet mark"))) {
            assertEquals("chrysalis to butterfly", mark.getText().toLowerCase(), mark.getText());
        }
    }

    @Test
    void oneResultIsCountedInTheSingular() {
        search(archive, "en", "吉科发人才〔2023〕91号");
        assertEquals(1, resultPaths().size());
        assertTrue(status().startsWith("1 reply matches"), status());
        assertTrue(driver.findElement(By.cssSelector(".search-result__meta mark")).getText().contains("2023"),
                "the document number is marked");
    }

    @Test
    void aMistypedQueryIsOfferedTheNearestTermsOfTheIndex() {
        search(archive, "zh", "破茧成蛾");
        assertEquals(List.of(), resultPaths());
        assertTrue(driver.findElement(By.id("search-suggestion")).getText().contains("破茧成蝶"),
                driver.findElement(By.id("search-suggestion")).getText());
        search(archive, "en", "talant");
        assertTrue(driver.findElement(By.id("search-suggestion")).getText().contains("talent"),
                driver.findElement(By.id("search-suggestion")).getText());
    }

    @Test
    void facetsCountTheQuerysRepliesAndTheirChoicesStayInTheUrl() {
        search(archive, "zh", "科技");
        assertEquals(5, resultPaths().size());
        // The counts come once the reader turns to the filters, with the columns they are counted from.
        driver.findElement(By.id("search-topic")).click();
        awaitResults();
        Select topic = new Select(driver.findElement(By.id("search-topic")));
        WebElement talent = topic.getOptions().stream().filter(o -> "talent".equals(o.getAttribute("value")))
                .findFirst().orElseThrow();
        assertTrue(talent.getText().endsWith("(4)"), talent.getText());
        topic.selectByValue("talent");
        awaitResults();
        assertEquals(4, resultPaths().size());
        new Select(driver.findElement(By.id("search-sort"))).selectByValue("date");
        awaitResults();
        assertEquals("zh/replies/2024/2024D10/", resultPaths().get(0), "newest first");
        assertTrue(driver.getCurrentUrl().endsWith("&topic=talent&sort=date"), driver.getCurrentUrl());
        chrome.open(driver.getCurrentUrl().replace("&sort=date", "&proposer=li-xiuyu&from=2023-01-01"));
        awaitResults();
        assertEquals(List.of("zh/replies/2023/2023W316/"), resultPaths());
        assertEquals("li-xiuyu", new Select(driver.findElement(By.id("search-proposer"))).getFirstSelectedOption()
                .getAttribute("value"));
    }

    @Test
    void aProposerFindsBothOfHerReplies() {
        search(archive, "zh", "李秀玉");
        assertEquals(Set.of("zh/replies/2023/2023W316/", "zh/replies/2022/cppcc-12-5-135/"),
                new TreeSet<>(resultPaths()));
    }

    @Test
    void aDocumentNumberFindsExactlyThatReplyWhateverItsBrackets() {
        for (String written : List.of("吉科发人才〔2023〕91号", "吉科发人才【2023】91号", "吉科发人才[2023] 91 号")) {
            search(archive, "zh", written);
            assertEquals(List.of("zh/replies/2023/2023D51/"), resultPaths(), written);
        }
    }

    @Test
    void aDocumentNumberCitedInRepliesTextFindsTheRepliesThatCiteIt() throws Exception {
        Set<String> citing = repliesMentioning("zh", "吉科发人才〔2022〕223号");
        assertTrue(!citing.isEmpty(), "the archive cites it");
        search(archive, "zh", "吉科发人才【2022】223号");
        assertEquals(citing, new TreeSet<>(resultPaths()));
    }

    @Test
    void anEnglishWordFindsTheEnglishPagesThatDiscussIt() throws Exception {
        search(archive, "en", "talent");
        List<String> found = resultPaths();
        assertEquals(repliesMentioning("en", "talent"), new TreeSet<>(found));
        assertTrue(found.stream().allMatch(p -> p.startsWith("en/")));
        assertTrue(driver.findElement(By.cssSelector(".search-result mark")).getText().toLowerCase().startsWith("talent"));
    }

    @Test
    void aQueryWithNoMatchSaysSo() {
        search(archive, "en", "quantum gravity");
        assertEquals(List.of(), resultPaths());
        assertEquals("No reply matches “quantum gravity”.", status());
        assertTrue(driver.findElement(By.id("search-form")).isDisplayed(), "the form is shown by the script");
        search(archive, "en", "constructor");
        assertEquals("No reply matches “constructor”.", status(), "a word that names a JavaScript property");
    }

    /**
     * A phrase that most candidates hold is checked only for the page shown, not for every candidate: the count
     * says how far it is known, and becomes exact once the reader has paged through every candidate.
     */
    @Test
    void aPhraseIsCheckedOnlyForTheResultsShownAndTheCountSaysSoUntilAllAre() {
        search(fixture, "zh", "成蝶计划");
        assertEquals(10, resultPaths().size());
        String partial = status();
        assertTrue(partial.startsWith("至少 10 件答复与“成蝶计划”相符"), partial);
        int candidates = Integer.parseInt(partial.replaceFirst(".*含全部检索词的 (\\d+) 件.*", "$1"));
        assertTrue(candidates > 20, partial);
        assertEquals(10L, chrome.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/search/index/d/')).length"), "one result file per result shown");
        while (driver.findElement(By.id("search-more")).isDisplayed()) {
            driver.findElement(By.id("search-more")).click();
            awaitResults();
        }
        int found = resultPaths().size();
        assertTrue(found > 20 && found <= candidates, found + " of " + candidates);
        assertEquals("找到 " + found + " 件与“成蝶计划”有关的答复", status());
    }

    @Test
    void aFilterNarrowsTheResultsAndTheUrlRoundTrips() {
        search(fixture, "zh", "人才");
        assertEquals(10, resultPaths().size(), "the fixture has 25 replies about 人才, shown 10 at a time");
        assertTrue(status().startsWith("找到 25 件"), status());
        new Select(driver.findElement(By.id("search-year"))).selectByValue("2024");
        awaitResults();
        assertEquals(Set.of("zh/replies/2024/2024D1/", "zh/replies/2024/2024D2/"), new TreeSet<>(resultPaths()));
        assertTrue(driver.getCurrentUrl().endsWith("?q=%E4%BA%BA%E6%89%8D&year=2024"), driver.getCurrentUrl());
        new Select(driver.findElement(By.id("search-kind"))).selectByValue("party-group");
        awaitResults();
        driver.navigate().back();
        awaitResults();
        assertEquals("2024", new Select(driver.findElement(By.id("search-year"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals("", new Select(driver.findElement(By.id("search-kind"))).getFirstSelectedOption()
                .getAttribute("value"));
        driver.navigate().refresh();
        awaitResults();
        assertEquals("人才", driver.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals(2, resultPaths().size());
    }

    @Test
    void theHeaderSearchBoxLeadsToTheSearchPage() {
        chrome.open(fixture.url("en/replies/2023/2023W3/"));
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("Chrysalis\n");
        awaitResults();
        assertTrue(driver.getCurrentUrl().startsWith(fixture.url("en/search/?q=Chrysalis")), driver.getCurrentUrl());
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES - 1, Integer.parseInt(status().replaceAll("\\D.*", "")),
                "every translated reply of session one mentions the programme: " + status());
        assertTrue(driver.findElement(By.id("search-more")).isDisplayed(), "10 are shown, more on request");
        for (int shown = 10; shown < FixtureArchive.SESSION_ONE_REPLIES - 1; shown += 10) {
            int before = shown;
            driver.findElement(By.id("search-more")).click();
            chrome.waiting().until((WebDriver d) -> resultPaths().size() > before);
        }
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES - 1, resultPaths().size());
        assertTrue(!driver.findElement(By.id("search-more")).isDisplayed());
    }

    @Test
    void theBrowserFoldsAndTokenisesEveryFixtureTextAsJavaDoes() {
        chrome.open(archive.url("zh/search/"));
        awaitResults();
        // The whole table: an index's own lists only the characters it holds, and the fixture has others.
        chrome.script("window.replyArchiveSearch.setFolding(arguments[0]);",
                org.replyarchive.search.NormalizationFixture.foldingTable());
        List<org.replyarchive.search.NormalizationFixture> cases = org.replyarchive.search.NormalizationFixture.all();
        @SuppressWarnings("unchecked")
        List<List<Object>> got = (List<List<Object>>) chrome.script("var s = window.replyArchiveSearch;"
                + "return arguments[0].split('\\n').filter(l => l).map(l => JSON.parse(l)[0])"
                + ".map(t => [s.normalize(t), s.tokens(t), s.queryTokens(t)]);",
                org.replyarchive.search.NormalizationFixture.raw());
        assertEquals(cases.size(), got.size());
        for (int i = 0; i < cases.size(); i++) {
            var c = cases.get(i);
            assertEquals(List.of(c.normalized(), c.tokens(), c.queryTokens()), got.get(i), c.text());
        }
    }

    @Test
    void theBrowserTokenisesExactlyAsTheBuildDid() {
        chrome.open(fixture.url("zh/search/"));
        awaitResults();
        for (String text : List.of("破茧成蝶", "企业R&D投入，2023年度", "Talents supporting policies", "省 科技",
                "吉科发人才【2023】91 号", "SMEs and classes", "ÉCOLE Straße")) {
            assertEquals(SearchTokenizer.tokens(text), chrome.script("return window.replyArchiveSearch.tokens(arguments[0])",
                    text), text);
            assertEquals(SearchTokenizer.queryTokens(text),
                    chrome.script("return window.replyArchiveSearch.queryTokens(arguments[0])", text), text);
        }
    }
}
