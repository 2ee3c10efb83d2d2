package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;
import org.replyarchive.testing.FixtureArchive;

/** The statistics pages and data/statistics.csv show the figures computed from the case archive. */
class StatisticsPageTest {

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
    }

    private static List<String> rows(Document page, String figure) {
        return page.select("#figure-" + figure + " ~ .figure__body tbody tr").eachText();
    }

    @Test
    void everyFigureIsATableOfItsBars() {
        Document en = site.page("en/statistics/index.html");
        assertEquals(List.of("2023 4", "2024 1"), rows(en, "years"));
        assertEquals(List.of("Member proposal 5"), rows(en, "kinds"));
        assertEquals(List.of("A Solved or adopted 1", "B Planned for solution 1", "C Kept for reference 1",
                "Not classified 2"), rows(en, "outcomes"));
        assertEquals(List.of("On time 2", "Late 2"), rows(en, "timeliness"));
        assertEquals(List.of("2023 109", "2024 96"), rows(en, "median-days"));
        assertEquals(List.of("Replies 5", "Replied on time 50% of 4 replies with a deadline",
                "Median time from assignment to reply 102.5 days"), en.select(".key-figures dt").stream()
                .map(dt -> dt.text() + " " + dt.nextElementSibling().text()).toList());
    }

    @Test
    void eachChartIsAnSvgImageNamedByItsTitleAndDescription() {
        Document zh = site.page("zh/statistics/index.html");
        Element svg = zh.selectFirst("#figure-years ~ .figure__body svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("chart-years-title chart-years-desc", svg.attr("aria-labelledby"));
        assertEquals("各年份答复件数", svg.selectFirst("title").text());
        assertEquals("条形图，各年份答复件数：2023年，4、2024年，1", svg.selectFirst("desc").text());
        assertEquals(List.of("520", "130"), svg.select("rect").eachAttr("width"));
    }

    @Test
    void theCsvHoldsTheSameFiguresAndNoWithheldText() {
        String csv = site.text("data/statistics.csv");
        assertTrue(csv.startsWith("\uFEFFfigure,key,label_zh,label_en,value\r\n"));
        assertTrue(csv.contains("years,2023,2023年,2023,4\r\n"));
        assertTrue(csv.contains("outcomes,a,A 解决或采纳,A Solved or adopted,1\r\n"));
        assertTrue(csv.contains("median-days,2023,2023年,2023,109\r\n"));
        assertTrue(csv.contains("summary,median-days,自交办至答复天数（中位数）,Median days from assignment to reply,102.5\r\n"));
        assertTrue(csv.contains("summary,on-time-percent,按期答复率（%）,Replied on time (%),50\r\n"));
        assertFalse(csv.contains(FixtureArchive.WITHHELD));
        assertFalse(site.text("zh/statistics/index.html").contains(FixtureArchive.WITHHELD));
    }

    @Test
    void everyPageLinksTheStatistics() {
        assertEquals("../../en/statistics/", site.page("en/glossary/index.html")
                .selectFirst("nav a:containsOwn(Statistics)").attr("href"));
    }
}
