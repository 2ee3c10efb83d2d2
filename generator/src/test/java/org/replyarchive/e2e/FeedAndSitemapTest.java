package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.FixtureArchive;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Atom feeds and the sitemap are well-formed XML in their namespaces and list what they must. */
class FeedAndSitemapTest {

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.buildFixture(dir);
    }

    private static Document parse(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(site.file(path).toFile());
    }

    @Test
    void atomFeedPerLanguageListsNewestRepliesWithAbsoluteLinks() throws Exception {
        Document feed = parse("en/feed.xml");
        Element root = feed.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(FixtureArchive.SESSION_ONE_REPLIES + 2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("https://example.org/archive/en/replies/2024/2024D2/",
                ((Element) first.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href"));
        assertEquals("2024-05-30T00:00:00Z", first.getElementsByTagNameNS("*", "updated").item(0).getTextContent());
        assertTrue(site.text("zh/feed.xml").contains("xml:lang=\"zh-Hans\""));
        assertTrue(!site.text("en/feed.xml").contains(FixtureArchive.WITHHELD));
    }

    @Test
    void sitemapListsEveryPageWithItsLanguageAlternates() throws Exception {
        Document sitemap = parse("sitemap.xml");
        var urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        long pagesButNotFound = site.htmlFiles().stream().filter(f -> !f.equals("404.html")).count();
        assertEquals(pagesButNotFound, urls.getLength());
        String text = site.text("sitemap.xml");
        assertTrue(text.contains("<loc>https://example.org/archive/zh/replies/2023/2023W1/</loc>\n"
                + "    <xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.org/archive/zh/replies/2023/2023W1/\"/>\n"
                + "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/archive/en/replies/2023/2023W1/\"/>"));
        assertEquals(List.of("User-agent: *", "Allow: /", "Sitemap: https://example.org/archive/sitemap.xml"),
                site.text("robots.txt").lines().toList());
    }
}
