package org.replyarchive.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.replyarchive.output.OutputFile;
import org.replyarchive.route.UrlScheme;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A sitemap past the protocol's limits is split into parts that an index lists, each page in one part. */
class SitemapWriterTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final UrlScheme URLS = new UrlScheme("https://example.org/archive/");

    private static Map<String, Map<String, String>> pages(int count) {
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            pages.put("zh/replies/2024/r" + i + "/", Map.of("zh-Hans", "zh/replies/2024/r" + i + "/",
                    "en", "en/replies/2024/r" + i + "/"));
        }
        return pages;
    }

    /** The files {@code writer} writes for {@code pages}, by path; a path written twice fails the test. */
    private static Map<String, String> written(SitemapWriter writer, Map<String, Map<String, String>> pages) {
        List<OutputFile> files = new ArrayList<>();
        writer.write(pages::forEach, files::add);
        return files.stream().collect(Collectors.toMap(OutputFile::path,
                f -> new String(f.content(), StandardCharsets.UTF_8)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> locs(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(NS, element);
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(((org.w3c.dom.Element) nodes.item(i)).getElementsByTagNameNS(NS, "loc").item(0)
                    .getTextContent());
        }
        return locs;
    }

    @Test
    void aSiteWithinTheLimitsHasOneSitemap() throws Exception {
        Map<String, String> files = written(new SitemapWriter(URLS, 5, Long.MAX_VALUE), pages(5));
        assertEquals(java.util.Set.of("robots.txt", "sitemap.xml"), files.keySet());
        assertEquals(5, locs(parse(files.get("sitemap.xml")), "url").size());
    }

    @Test
    void moreAddressesThanOneSitemapMayHoldAreSplitIntoPartsAnIndexLists() throws Exception {
        Map<String, String> files = written(new SitemapWriter(URLS, 3, Long.MAX_VALUE), pages(7));
        Document index = parse(files.get("sitemap.xml"));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of("https://example.org/archive/sitemap-1.xml", "https://example.org/archive/sitemap-2.xml",
                "https://example.org/archive/sitemap-3.xml"), locs(index, "sitemap"));
        List<String> listed = new ArrayList<>();
        for (int part = 1; part <= 3; part++) {
            List<String> urls = locs(parse(files.get("sitemap-" + part + ".xml")), "url");
            assertTrue(urls.size() <= 3, "part " + part + " holds " + urls.size());
            listed.addAll(urls);
        }
        assertEquals(pages(7).keySet().stream().map(URLS::absolute).toList(), listed);
        assertTrue(files.get("robots.txt").contains("Sitemap: https://example.org/archive/sitemap.xml\n"));
    }

    @Test
    void aPartEndsBeforeItWouldPassTheByteLimit() throws Exception {
        int oneEntry = written(new SitemapWriter(URLS), pages(1)).get("sitemap.xml").getBytes(StandardCharsets.UTF_8)
                .length;
        long limit = oneEntry + 100L; // the frame and one entry (of over 300 bytes), not two
        Map<String, String> files = written(new SitemapWriter(URLS, 1000, limit), pages(4));
        for (int part = 1; part <= 4; part++) {
            String xml = files.get("sitemap-" + part + ".xml");
            assertTrue(xml.getBytes(StandardCharsets.UTF_8).length <= limit, "part " + part);
            assertEquals(1, locs(parse(xml), "url").size());
        }
        assertEquals(4, locs(parse(files.get("sitemap.xml")), "sitemap").size());
    }
}
