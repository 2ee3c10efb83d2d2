package org.replyarchive.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyarchive.config.Language;
import org.replyarchive.testing.Models;

class UrlSchemeTest {

    private final UrlScheme urls = new UrlScheme("https://example.org/archive/");

    @Test
    void givesEveryPageItsFolder() {
        assertEquals(List.of("", "zh/", "en/replies/2023/2023D51/", "zh/years/", "en/sessions/cppcc-13-1/",
                        "en/sessions/cppcc-13-1/page/2/", "zh/glossary/", "en/about/", "zh/feed.xml",
                        "data/replies.json", "data/replies.csv"),
                List.of(urls.entry(), urls.home(Language.ZH),
                        urls.reply(Language.EN, Models.reply("2023D51", "2023-05-17").build()),
                        urls.facet(Language.ZH, Facet.YEAR), urls.group(Language.EN, Facet.SESSION, "cppcc-13-1", 1),
                        urls.group(Language.EN, Facet.SESSION, "cppcc-13-1", 2), urls.glossary(Language.ZH),
                        urls.page(Language.EN, "about"), urls.feed(Language.ZH), urls.openDataJson(),
                        urls.openDataCsv()));
    }

    @Test
    void writesFoldersAsIndexFiles() {
        assertEquals("index.html", UrlScheme.outputFile(""));
        assertEquals("zh/years/index.html", UrlScheme.outputFile("zh/years/"));
        assertEquals("en/feed.xml", UrlScheme.outputFile("en/feed.xml"));
    }

    @Test
    void aFolderIsServedFromItsIndexAndAPathWithoutSlashMayBeAFolder() {
        assertEquals(List.of("zh/index.html"), UrlScheme.candidateFiles("zh/"));
        assertEquals(List.of("zh/about", "zh/about/index.html"), UrlScheme.candidateFiles("zh/about"));
        assertEquals("zh/about/", UrlScheme.linkPath("zh/about/index.html"));
        assertEquals("", UrlScheme.linkPath("index.html"));
        assertEquals("zh/feed.xml", UrlScheme.linkPath("zh/feed.xml"));
        assertEquals("zh/myindex.html", UrlScheme.linkPath("zh/myindex.html"));
    }

    @Test
    void onlyAnHttpOrHttpsBaseIsAbsolute() {
        assertEquals(List.of(true, true, false, false, false),
                List.of(UrlScheme.isAbsolute("https://example.org/"), UrlScheme.isAbsolute("HTTP://example.org/"),
                        UrlScheme.isAbsolute("/archive/"), UrlScheme.isAbsolute("/"),
                        UrlScheme.isAbsolute("ftp://example.org/")));
        assertEquals(false, new UrlScheme("/").hasAbsoluteBase());
    }

    @Test
    void leadsBackToTheRootFromAnyDepth() {
        assertEquals("", UrlScheme.rootFrom(""));
        assertEquals("../", UrlScheme.rootFrom("zh/"));
        assertEquals("../", UrlScheme.rootFrom("en/feed.xml"));
        assertEquals("../../../../", UrlScheme.rootFrom("zh/replies/2023/2023D51/"));
    }

    @Test
    void makesAbsoluteUrlsUnderTheBaseUrl() {
        assertEquals("https://example.org/archive/en/replies/2023/2023D51/",
                urls.absolute("en/replies/2023/2023D51/"));
        assertEquals("/zh/", new UrlScheme("/").absolute("zh/"));
    }

    @Test
    void basePathIsThePathOfTheBaseUrl() {
        assertEquals("/archive/", urls.basePath());
        assertEquals("/", new UrlScheme("https://example.org/").basePath());
        assertEquals("/", new UrlScheme("/").basePath());
    }
}
