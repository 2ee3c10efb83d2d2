package org.replyarchive.render;

import java.util.List;
import org.replyarchive.markdown.TocEntry;

/**
 * The records templates see. Texts are already in the page's language and dates already formatted, so
 * templates only arrange them. URLs are site paths ({@code zh/years/2023/}); templates prefix them with
 * {@code page.root} to make them relative to the page.
 */
public final class Views {

    private Views() {}

    /** A link: its text and site path. {@code lang} is set when the text is in another language than the page. */
    public record Link(String label, String url, String lang) {
        public Link(String label, String url) {
            this(label, url, null);
        }
    }

    /** The same page in another language, for the language switch and {@code hreflang} links. */
    public record Alternate(String code, String htmlLang, String label, String url, String href) {}

    /** What every page has: its language, where it is, its titles and its alternates. */
    public record PageInfo(
            String lang,
            String htmlLang,
            String root,
            String path,
            String title,
            String description,
            String canonical,
            List<Alternate> alternates,
            String kind) {}

    /** The site's own title, description and issuer in the page's language. */
    public record SiteView(String title, String description, String issuer, String home) {}

    /** A line of the main navigation. */
    public record NavItem(String label, String url, boolean current) {}

    /** A reply as shown in lists. */
    public record ReplyCard(
            String url,
            String title,
            String titleLang,
            String dateText,
            String dateIso,
            String session,
            String proposalNumber,
            String kind,
            List<String> proposers,
            String summary,
            boolean translated) {}

    /** A reply page. {@code bodyHtml} is empty when the text is not disclosed or not translated. */
    public record ReplyView(
            ReplyCard card,
            String docNumber,
            Link session,
            Link kind,
            String proposalTitle,
            String proposalTitleLang,
            List<Link> proposers,
            Link lead,
            List<Link> co,
            List<Link> topics,
            String disclosure,
            String bodyHtml,
            String bodyLang,
            List<TocEntry> toc,
            boolean writtenInThisLanguage,
            boolean official,
            Alternate officialText,
            String issuer,
            Link previous,
            Link next) {}

    /** One group of a facet with its number of replies, for the facet's overview page and the home page. */
    public record GroupLink(String label, String url, int count) {}

    /** A choice of a search filter: the value sent and the label shown. */
    public record Option(String value, String label) {}

    /** A facet with its groups, for the home page. */
    public record FacetSummary(String label, String url, List<GroupLink> groups) {}

    /** A page of a group's reply list. */
    public record ListPage(
            String heading, String facetLabel, Link facet, List<ReplyCard> replies, int total, int pageNumber,
            int pageCount, String previousUrl, String nextUrl) {}

    /** A glossary entry in the page's language, with the other language's term beside it. */
    public record GlossaryEntry(String id, String term, String otherTerm, String otherLang, String definition) {}
}
