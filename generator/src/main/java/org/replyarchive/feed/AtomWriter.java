package org.replyarchive.feed;

import java.time.LocalDate;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.output.OutputFile;
import org.replyarchive.route.UrlScheme;

/**
 * Writes an Atom feed per language ({@code /{lang}/feed.xml}) of the newest replies. Times come from the
 * replies' dates, never the clock, so the feed is the same for the same content.
 */
public final class AtomWriter {

    /** How many replies a feed holds. */
    static final int ENTRIES = 50;

    private final UrlScheme urls;

    public AtomWriter(UrlScheme urls) {
        this.urls = urls;
    }

    public OutputFile write(Site site, Language language) {
        return write(site, language, urls.feed(language), site.settings().title().orOfficial(language),
                urls.home(language), site.replies());
    }

    /**
     * The feed at {@code path} of the newest of {@code replies} (newest first), titled {@code title}, whose
     * page is {@code alternate}: a language's, or one group's (a session, year, proposer …).
     */
    public OutputFile write(Site site, Language language, String path, String title, String alternate,
            List<Reply> replies) {
        List<Reply> newest = replies.subList(0, Math.min(ENTRIES, replies.size()));
        String updated = newest.stream().map(Reply::updated).max(LocalDate::compareTo).map(AtomWriter::timestamp)
                .orElse("1970-01-01T00:00:00Z");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.htmlLang()).append("\">\n");
        element(xml, "  ", "title", title);
        element(xml, "  ", "subtitle", site.settings().description().orOfficial(language));
        element(xml, "  ", "id", id(path));
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(Xml.escape(urls.absolute(path))).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(urls.absolute(alternate))).append("\"/>\n");
        element(xml, "  ", "updated", updated);
        xml.append("  <author>\n");
        element(xml, "    ", "name", site.settings().issuer().orOfficial(language));
        xml.append("  </author>\n");
        newest.forEach(reply -> entry(xml, reply, language));
        xml.append("</feed>\n");
        return OutputFile.text(path, xml.toString());
    }

    private void entry(StringBuilder xml, Reply reply, Language language) {
        String path = urls.reply(language, reply);
        xml.append("  <entry>\n");
        element(xml, "    ", "title", reply.title().orOfficial(language));
        xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(urls.absolute(path)))
                .append("\"/>\n");
        element(xml, "    ", "id", id(path));
        // The day it was made public where the content says so (Atom's "first availability"), else its date.
        java.util.Optional<LocalDate> madePublic = reply.handling().dates().published();
        LocalDate published = madePublic.orElse(reply.date());
        LocalDate updated = reply.updated().isAfter(published) ? reply.updated() : published;
        element(xml, "    ", "updated", timestamp(updated));
        if (!reply.corrections().isEmpty() || madePublic.isPresent()) {
            element(xml, "    ", "published", timestamp(published));
        }
        String summary = reply.summary().has(language) ? reply.summary().get(language) : "";
        if (!summary.isEmpty()) {
            element(xml, "    ", "summary", summary);
        }
        if (!reply.corrections().isEmpty()) {
            // Readers of the feed learn of a correction from the entry itself: what changed, and why.
            element(xml, "    ", "content", reply.corrections().stream()
                    .map(c -> c.date() + ": " + c.change() + " (" + c.reason() + ")")
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        xml.append("  </entry>\n");
    }

    /** An absolute IRI: the page's address where the base URL is absolute, else a stable URN. */
    private String id(String path) {
        return urls.hasAbsoluteBase() ? urls.absolute(path) : "urn:reply-archive:" + path;
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name)
                .append(">\n");
    }
}
