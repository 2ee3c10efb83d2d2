package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;
import org.replyarchive.testing.FixtureArchive;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every list has its own Atom feed, linked from its pages, and feeds.opml lists every feed of a language. */
class ListFeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
    }

    /** A strict, namespace-aware parse that refuses a DOCTYPE: well-formed XML or an exception. */
    private static org.w3c.dom.Document parse(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(site.file(path).toFile());
    }

    @Test
    void aSessionsFeedHoldsItsRepliesNewestFirst() throws Exception {
        org.w3c.dom.Document feed = parse("en/sessions/cppcc-13-1/feed.xml");
        assertEquals(ATOM, feed.getDocumentElement().getNamespaceURI());
        assertEquals("First Session of the 13th Provincial CPPCC Committee — Test Archive",
                feed.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(4, entries.getLength());
        Element first = (Element) ((Element) entries.item(0)).getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("https://example.org/archive/en/replies/2023/2023C3/", first.getAttribute("href"));
        assertEquals("Member proposal — Test Archive",
                parse("en/kinds/member/feed.xml").getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
    }

    @Test
    void anEntryIsPublishedTheDayTheReplyWasMadePublic() throws Exception {
        NodeList entries = parse("en/feed.xml").getElementsByTagNameNS(ATOM, "entry");
        List<String> c1 = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent().endsWith("/2023C1/")) {
                c1.add(entry.getElementsByTagNameNS(ATOM, "published").item(0).getTextContent());
                c1.add(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
            }
        }
        assertEquals(List.of("2023-05-12T00:00:00Z", "2023-05-12T00:00:00Z"), c1,
                "made public two days after its date: first available, and last changed, then");
    }

    @Test
    void aListPageLinksItsFeedInItsHeadAndVisibly() {
        Document page = site.page("zh/years/2024/index.html");
        assertEquals("../../../zh/years/2024/feed.xml",
                page.selectFirst("link[rel=alternate][type=application/atom+xml][title=2024]").attr("href"));
        assertEquals("../../../zh/years/2024/feed.xml", page.selectFirst(".subscribe a").attr("href"));
        assertEquals("订阅此列表（Atom）", page.selectFirst(".subscribe a").text());
    }

    @Test
    void theOpmlListsTheLanguagesFeedAndEveryListsFeedEachOfWhichExists() throws Exception {
        org.w3c.dom.Document opml = parse("zh/feeds.opml");
        assertEquals("2.0", opml.getDocumentElement().getAttribute("version"));
        NodeList outlines = opml.getElementsByTagName("outline");
        List<String> feeds = new ArrayList<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            feeds.add(((Element) outlines.item(i)).getAttribute("xmlUrl"));
        }
        assertEquals(8, feeds.size(), "the language's feed, 2 years, 2 sessions, 1 proposer, 1 department, 1 kind");
        assertEquals("https://example.org/archive/zh/feed.xml", feeds.get(0));
        for (String feed : feeds) {
            String path = feed.substring("https://example.org/archive/".length());
            assertTrue(site.exists(path), path);
            parse(path);
            assertFalse(site.text(path).contains(FixtureArchive.WITHHELD), path);
        }
    }
}
