package org.replyarchive.feed;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
 * The entries are made as the pages are listed and written a part at a time, so that the sitemap of a large
 * site is not the build's largest object at its end.
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

    /** The pages a sitemap lists, each handed over with its versions by {@code hreflang} tag (itself included). */
    public interface Listing {
        void forEach(BiConsumer<String, Map<String, String>> page);
    }

    /**
     * Writes {@code robots.txt} and the sitemap to {@code out}, a part at a time: the pages are made into entries
     * as they are listed, and no more than one part is held at once.
     */
    public void write(Listing pages, Consumer<OutputFile> out) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (urls.hasAbsoluteBase()) {
            robots.append("Sitemap: ").append(urls.absolute(urls.sitemap())).append('\n');
        }
        out.accept(OutputFile.text(urls.robots(), robots.toString()));
        if (!urls.hasAbsoluteBase()) {
            return;
        }
        Parts parts = new Parts(out);
        pages.forEach((path, alternates) -> parts.add(entry(path, alternates)));
        parts.finish();
    }

    /**
     * The sitemap's parts as they fill. The first is held until a second is needed: a site within the limits
     * has it as {@code sitemap.xml} itself, a larger one as {@code sitemap-1.xml} under an index.
     */
    private final class Parts {

        private final Consumer<OutputFile> out;
        private final long frame = utf8(URLSET_START) + utf8(URLSET_END);
        private StringBuilder part = new StringBuilder(URLSET_START);
        private long bytes = frame;
        private int count;
        private int finished;
        /** The first part's XML, until it is known whether it is the sitemap or part 1 of several. */
        private String first;

        Parts(Consumer<OutputFile> out) {
            this.out = out;
        }

        void add(String entry) {
            long size = utf8(entry);
            if (count > 0 && (count == maxUrls || bytes + size > maxBytes)) {
                close();
            }
            part.append(entry);
            bytes += size;
            count++;
        }

        private void close() {
            String xml = part.append(URLSET_END).toString();
            finished++;
            if (finished == 1) {
                first = xml;
            } else {
                if (first != null) {
                    out.accept(OutputFile.text(urls.sitemapPart(1), first));
                    first = null;
                }
                out.accept(OutputFile.text(urls.sitemapPart(finished), xml));
            }
            part = new StringBuilder(URLSET_START);
            bytes = frame;
            count = 0;
        }

        void finish() {
            close();
            if (finished == 1) {
                out.accept(OutputFile.text(urls.sitemap(), first));
                return;
            }
            StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int i = 1; i <= finished; i++) {
                index.append("  <sitemap><loc>").append(Xml.escape(urls.absolute(urls.sitemapPart(i))))
                        .append("</loc></sitemap>\n");
            }
            out.accept(OutputFile.text(urls.sitemap(), index.append("</sitemapindex>\n").toString()));
        }
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
