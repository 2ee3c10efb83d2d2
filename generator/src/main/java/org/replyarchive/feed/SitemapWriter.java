package org.replyarchive.feed;

import java.util.List;
import java.util.Map;
import org.replyarchive.output.OutputFile;
import org.replyarchive.route.UrlScheme;

/**
 * Writes {@code sitemap.xml} with every page and its {@code hreflang} alternates, and {@code robots.txt}
 * pointing at it. The sitemap protocol needs absolute addresses, so without an absolute base URL only
 * {@code robots.txt} is written.
 */
public final class SitemapWriter {

    private final UrlScheme urls;

    public SitemapWriter(UrlScheme urls) {
        this.urls = urls;
    }

    /**
     * @param alternatesByPage each page's path mapped to its versions by {@code hreflang} tag (itself included)
     */
    public List<OutputFile> write(Map<String, Map<String, String>> alternatesByPage) {
        boolean absolute = urls.hasAbsoluteBase();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!absolute) {
            return List.of(OutputFile.text(urls.robots(), robots.toString()));
        }
        robots.append("Sitemap: ").append(urls.absolute(urls.sitemap())).append('\n');
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        alternatesByPage.forEach((path, alternates) -> {
            xml.append("  <url>\n    <loc>").append(Xml.escape(urls.absolute(path))).append("</loc>\n");
            alternates.forEach((hreflang, alternate) -> xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                    .append(hreflang).append("\" href=\"").append(Xml.escape(urls.absolute(alternate))).append("\"/>\n"));
            xml.append("  </url>\n");
        });
        xml.append("</urlset>\n");
        return List.of(OutputFile.text(urls.robots(), robots.toString()), OutputFile.text(urls.sitemap(), xml.toString()));
    }
}
