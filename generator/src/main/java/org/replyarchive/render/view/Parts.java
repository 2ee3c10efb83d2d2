package org.replyarchive.render.view;

import java.util.List;
import org.replyarchive.markdown.TocEntry;

/**
 * The values page models are made of. Texts are in the page's language; URLs are site paths, which templates
 * prefix with {@code page.root}. A {@code …Lang} field is the BCP 47 tag of a text that falls back to the
 * official language, so that screen readers switch voice, and null when the text is in the page's language.
 */
public final class Parts {

    private Parts() {}

    /** A link: its text and site path; {@code lang} as described above. */
    public record Link(String label, String url, String lang) {
        public Link(String label, String url) {
            this(label, url, null);
        }
    }

    /**
     * A date as a value and as text: the theme formats it with its {@code date_format} UI string (a
     * {@link java.time.format.DateTimeFormatter} pattern, read in the page language's locale).
     *
     * @param iso {@code 2023-05-17}, for {@code <time datetime>}
     * @param text the date as the theme writes it: {@code 2023年5月17日}, {@code 17 May 2023}
     */
    public record DateView(String iso, int year, int month, int day, String text) {}

    /** A reply as lists show it. {@code summary} is empty when the reply has none in the page's language. */
    public record ReplyCard(
            String url,
            String title,
            String titleLang,
            DateView date,
            String session,
            String proposalNumber,
            String kind,
            List<String> proposers,
            String summary) {

        public ReplyCard {
            proposers = List.copyOf(proposers);
        }
    }

    /**
     * A reply's details, as its page shows them (its text apart, see {@link ReplyBody}).
     *
     * @param disclosure {@code full}, {@code summary} or {@code title-only}
     * @param disclosureLabel the theme's word for the disclosure ("Summary only")
     * @param writtenInThisLanguage whether a text in the page's language exists; if not, the page is built
     *     from the registries and says so
     * @param official whether the page's language is the official one
     * @param officialUrl the site path of the official text's page
     * @param officialLang the official language's BCP 47 tag
     * @param previous the reply before it in its session, or null; {@code next} likewise
     * @param translationOutdated whether this page is a translation whose official text changed after it was made
     * @param source the text as the department published it, or null when the reply has none or withholds its text
     * @param corrections the corrections made since publication, oldest first
     */
    public record ReplyView(
            String title,
            String titleLang,
            DateView date,
            String docNumber,
            Link session,
            String proposalNumber,
            Link kind,
            String proposalTitle,
            String proposalTitleLang,
            List<Link> proposers,
            Link lead,
            List<Link> co,
            List<Link> topics,
            String disclosure,
            String disclosureLabel,
            boolean writtenInThisLanguage,
            boolean official,
            String officialUrl,
            String officialLang,
            String issuer,
            Link previous,
            Link next,
            boolean translationOutdated,
            PublishedSource source,
            List<CorrectionView> corrections) {

        public ReplyView {
            corrections = List.copyOf(corrections);
            proposers = List.copyOf(proposers);
            co = List.copyOf(co);
            topics = List.copyOf(topics);
        }
    }

    /**
     * A correction of a reply, as its page lists it.
     *
     * @param lang the official language's tag when the page is in another language (the texts are official), else null
     */
    public record CorrectionView(DateView date, String change, String reason, String lang) {}

    /**
     * The provenance text of a reply as the site publishes it, beside the official text's page.
     *
     * @param url the site path of the text file
     * @param sha256 its SHA-256, for readers who verify the file they downloaded
     */
    public record PublishedSource(String url, String sha256) {}

    /**
     * The rendered text of a reply page (empty when nothing is published in its language), its headings, and the
     * glossary terms marked in it, each with the short definition its marks are described by.
     */
    public record ReplyBody(String html, List<TocEntry> toc, List<TermNote> terms) {
        public ReplyBody {
            toc = List.copyOf(toc);
            terms = List.copyOf(terms);
        }
    }

    /**
     * A glossary term marked in a text: {@code id} is the element its marks' {@code aria-describedby} names,
     * {@code url} its glossary entry, {@code otherTerm} the term in the other language (null where there is
     * none), {@code definition} the first sentence of its definition; {@code lang} and {@code otherLang} are the
     * languages of the term and of the other term.
     */
    public record TermNote(String id, String term, String lang, String url, String otherTerm, String otherLang,
            String definition) {}

    /** One group of a facet with its number of replies. */
    public record GroupLink(String label, String url, int count) {}

    /** A choice of a search filter: the value sent and the label shown. */
    public record Option(String value, String label) {}

    /** A facet with its groups, for the home page. */
    public record FacetSummary(String label, String url, List<GroupLink> groups) {
        public FacetSummary {
            groups = List.copyOf(groups);
        }
    }

    /**
     * One page of a group's reply list.
     *
     * @param previousUrl the page before, or null on the first; {@code nextUrl} likewise on the last
     */
    public record GroupList(
            String heading, List<ReplyCard> replies, int total, int pageNumber, int pageCount, String previousUrl,
            String nextUrl) {

        public GroupList {
            replies = List.copyOf(replies);
        }
    }

    /**
     * A cited policy document: its title in the page's language ({@code titleLang} says which, when it is shown
     * untranslated), its Chinese title where the page shows another, its 文号 (or null), the other titles it is
     * cited by, its page, and how many replies cite it.
     */
    public record PolicyDocumentView(String key, String title, String titleLang, String officialTitle,
            String docNumber, List<String> aliases, String url, int citedBy) {
        public PolicyDocumentView {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * One of the two texts of a side-by-side page: its label, language, its page, and the notes on its terms.
     */
    public record TextColumn(String label, String lang, String url, List<TermNote> terms) {
        public TextColumn {
            terms = List.copyOf(terms);
        }
    }

    /** One row of a side-by-side page: the HTML of a block or point of each text (the official one first). */
    public record TextRow(String official, String translation) {}

    /** A glossary entry; {@code otherTerm} is the term in the other language (null in a one-language site). */
    public record GlossaryEntry(String id, String term, String otherTerm, String otherLang, String definition) {}

    /**
     * A language offered by the entry page, in that language's own words.
     *
     * @param officialNote the theme's note that this is the official text; null for the other languages
     */
    public record LanguageChoice(String htmlLang, String siteTitle, String languageName, String officialNote,
            String url) {}

    /** What the 404 page says in one language, and the link to that language's home page. */
    public record NotFoundNotice(String htmlLang, String title, String text, String homeLabel, String homeUrl) {}
}
