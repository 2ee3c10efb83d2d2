package org.replyarchive.feed;

import java.util.List;
import org.replyarchive.config.Language;

/**
 * An OPML 2.0 subscription list: one {@code rss}-typed outline per feed (OPML names every feed type so,
 * Atom included), with the feed's and its page's addresses. No dates, so the file depends on content only.
 */
final class Opml {

    record Outline(String title, String xmlUrl, String htmlUrl) {}

    private Opml() {}

    static String write(String title, Language language, List<Outline> outlines) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<opml version=\"2.0\">\n  <head>\n    <title>").append(Xml.escape(title)).append("</title>\n");
        xml.append("  </head>\n  <body>\n");
        for (Outline outline : outlines) {
            xml.append("    <outline type=\"rss\" language=\"").append(language.htmlLang())
                    .append("\" text=\"").append(Xml.escape(outline.title()))
                    .append("\" title=\"").append(Xml.escape(outline.title()))
                    .append("\" xmlUrl=\"").append(Xml.escape(outline.xmlUrl()))
                    .append("\" htmlUrl=\"").append(Xml.escape(outline.htmlUrl())).append("\"/>\n");
        }
        xml.append("  </body>\n</opml>\n");
        return xml.toString();
    }
}
