package org.replyarchive.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replyarchive.output.OutputFile;
import org.replyarchive.route.UrlScheme;

/**
 * Writes {@code sitemap.xml} with every page and its {@code hreflang} alternates, and {@code robots.txt}
 * pointing at it. The sitemap protocol needs absolute addresses, so without an absolute base URL only
 * {@code robots.txt} is written.
 *
 * <p>The protocol also caps a sitemap at 50,000 addresses and 50 MB: a site with more pages (a province's
 * archive has hundreds of thousands) gets its pages in numbered parts, {@code sitemap-1.xml} onwards, and
 * {@code sitemap.xml} becomes the index that lists them, which is what {@code robots.txt} names either way.
 */
public final class SitemapWriter {

    /** The protocol's limits of one sitemap file. */
    static final int MAX_URLS = 50_000;
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final String URLSET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    private static final String URLSET_END = "</urlset>\n";

    private final UrlScheme urls;
    private final int maxUrls;
    private final long maxBytes;

    public SitemapWriter(UrlScheme urls) {
        this(urls, MAX_URLS, MAX_BYTES);
    }

    /** A writer with smaller limits, to test the split without building 50,000 pages. */
    SitemapWriter(UrlScheme urls, int maxUrls, long maxBytes) {
        this.urls = urls;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /**
     * @param alternatesByPage each page's path mapped to its versions by {@code hreflang} tag (itself included)
     */
    public List<OutputFile> write(Map<String, Map<String, String>> alternatesByPage) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!urls.hasAbsoluteBase()) {
            return List.of(OutputFile.text(urls.robots(), robots.toString()));
        }
        robots.append("Sitemap: ").append(urls.absolute(urls.sitemap())).append('\n');
        List<String> parts = parts(alternatesByPage);
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(urls.robots(), robots.toString()));
        if (parts.size() == 1) {
            files.add(OutputFile.text(urls.sitemap(), parts.get(0)));
            return files;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < parts.size(); i++) {
            String path = urls.sitemapPart(i + 1);
            files.add(OutputFile.text(path, parts.get(i)));
            index.append("  <sitemap><loc>").append(Xml.escape(urls.absolute(path))).append("</loc></sitemap>\n");
        }
        files.add(OutputFile.text(urls.sitemap(), index.append("</sitemapindex>\n").toString()));
        return files;
    }

    /** The pages as whole sitemaps, each within the limits; one, empty, for a site without pages. */
    private List<String> parts(Map<String, Map<String, String>> alternatesByPage) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(URLSET_START);
        long frame = utf8(URLSET_START) + utf8(URLSET_END);
        long bytes = frame;
        int count = 0;
        for (Map.Entry<String, Map<String, String>> page : alternatesByPage.entrySet()) {
            String entry = entry(page.getKey(), page.getValue());
            long size = utf8(entry);
            if (count > 0 && (count == maxUrls || bytes + size > maxBytes)) {
                parts.add(part.append(URLSET_END).toString());
                part = new StringBuilder(URLSET_START);
                bytes = frame;
                count = 0;
            }
            part.append(entry);
            bytes += size;
            count++;
        }
        parts.add(part.append(URLSET_END).toString());
        return parts;
    }

    private String entry(String path, Map<String, String> alternates) {
        StringBuilder xml = new StringBuilder("  <url>\n    <loc>").append(Xml.escape(urls.absolute(path)))
                .append("</loc>\n");
        alternates.forEach((hreflang, alternate) -> xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                .append(hreflang).append("\" href=\"").append(Xml.escape(urls.absolute(alternate))).append("\"/>\n"));
        return xml.append("  </url>\n").toString();
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
