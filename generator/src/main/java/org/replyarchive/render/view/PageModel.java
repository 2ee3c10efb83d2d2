package org.replyarchive.render.view;

import java.util.List;
import org.replyarchive.render.view.Parts.FacetSummary;
import org.replyarchive.render.view.Parts.GlossaryEntry;
import org.replyarchive.render.view.Parts.GroupLink;
import org.replyarchive.render.view.Parts.GroupList;
import org.replyarchive.render.view.Parts.LanguageChoice;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.render.view.Parts.NotFoundNotice;
import org.replyarchive.render.view.Parts.Option;
import org.replyarchive.render.view.Parts.ReplyBody;
import org.replyarchive.render.view.Parts.ReplyCard;
import org.replyarchive.render.view.Parts.ReplyView;

/**
 * The model of one page, one record per kind of page. A template's variables are the {@link Frame}'s
 * ({@code page}, {@code site}, {@code ui}, {@code nav}, {@code breadcrumbs}, {@code links}) and the
 * record's own other components, by their names: {@code HomePage} gives {@code home.ftlh} also
 * {@code latest}, {@code replyCount} and {@code facets}. The README's Theme reference lists them all.
 */
public sealed interface PageModel {

    /** What surrounds the page's own content. */
    Frame frame();

    /** {@code entry.ftlh}: the site's root, which opens the official language and offers the others. */
    record EntryPage(Frame frame, List<LanguageChoice> languages) implements PageModel {
        public EntryPage {
            languages = List.copyOf(languages);
        }
    }

    /** {@code 404.ftlh}: the page any unknown address shows, in every language. */
    record NotFoundPage(Frame frame, List<NotFoundNotice> notices) implements PageModel {
        public NotFoundPage {
            notices = List.copyOf(notices);
        }
    }

    /** {@code home.ftlh}: a language's home page with the newest replies and every facet's groups. */
    record HomePage(Frame frame, List<ReplyCard> latest, int replyCount, List<FacetSummary> facets)
            implements PageModel {
        public HomePage {
            latest = List.copyOf(latest);
            facets = List.copyOf(facets);
        }
    }

    /**
     * {@code reply.ftlh}: a reply's details, its text and JSON-LD ({@code jsonLd}, safe inside a script), and how
     * its proposal was handled ({@code handling}, shown by {@code partials/handling.ftlh}), and the case's other
     * documents, those dated before the reply ({@code documentsBefore}) and after it ({@code documentsAfter}),
     * and how to cite it ({@code citation}); {@code sideBySideUrl} is the site path of its texts side by side, or
     * null where it has no translation to show beside the official text.
     */
    record ReplyPage(Frame frame, ReplyView reply, ReplyBody body, String jsonLd, CaseView handling,
            List<DocumentView> documentsBefore, List<DocumentView> documentsAfter, CitationView citation,
            String sideBySideUrl) implements PageModel {
        public ReplyPage {
            documentsBefore = List.copyOf(documentsBefore);
            documentsAfter = List.copyOf(documentsAfter);
        }
    }

    /** {@code facet.ftlh}: a facet's overview, every group with its count. */
    record FacetPage(Frame frame, List<GroupLink> groups) implements PageModel {
        public FacetPage {
            groups = List.copyOf(groups);
        }
    }

    /** {@code list.ftlh}: one page of a group's replies. */
    record ListPage(Frame frame, GroupList list) implements PageModel {}

    /** {@code glossary.ftlh}: the glossary, sorted in the page language's order. */
    record GlossaryPage(Frame frame, List<GlossaryEntry> entries) implements PageModel {
        public GlossaryPage {
            entries = List.copyOf(entries);
        }
    }

    /**
     * {@code side-by-side.ftlh}: a reply's official text and its translation, block beside block where both have
     * as many blocks, else point beside point; {@code columns} name the two texts, {@code rows} hold their HTML.
     */
    record SideBySidePage(Frame frame, String heading, List<Parts.TextColumn> columns, List<Parts.TextRow> rows,
            String replyUrl) implements PageModel {
        public SideBySidePage {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** {@code documents.ftlh}: the policy documents the replies cite, each with how many cite it. */
    record DocumentsPage(Frame frame, List<Parts.PolicyDocumentView> documents) implements PageModel {
        public DocumentsPage {
            documents = List.copyOf(documents);
        }
    }

    /** {@code document.ftlh}: one cited policy document and every reply that cites it, newest first. */
    record PolicyDocumentPage(Frame frame, Parts.PolicyDocumentView document, List<ReplyCard> replies)
            implements PageModel {
        public PolicyDocumentPage {
            replies = List.copyOf(replies);
        }
    }

    /**
     * {@code search.ftlh}: the search form, its filters, and links to browse without JavaScript.
     *
     * @param searchIndex the site path of the language's search index folder
     */
    record SearchPage(Frame frame, String searchIndex, List<Option> years, List<Option> sessions,
            List<Option> kinds, List<Link> browse) implements PageModel {
        public SearchPage {
            years = List.copyOf(years);
            sessions = List.copyOf(sessions);
            kinds = List.copyOf(kinds);
            browse = List.copyOf(browse);
        }
    }

    /**
     * {@code statistics.ftlh}: the archive's figures, each a chart with its table, and the CSV of them.
     *
     * @param keyFigures headline numbers (replies, on-time rate, median days), only those the content has dates for
     * @param csv the site path of {@code data/statistics.csv}
     */
    record StatisticsPage(Frame frame, List<StatisticsParts.KeyFigure> keyFigures, List<StatisticsParts.Chart> charts,
            String csv) implements PageModel {
        public StatisticsPage {
            keyFigures = List.copyOf(keyFigures);
            charts = List.copyOf(charts);
        }
    }

    /**
     * {@code data.ftlh}: each open-data file, its downloads, its schema and its fields.
     *
     * @param licence the terms of {@code site.yaml}'s {@code licence}, or null where it has none
     */
    record DataPage(Frame frame, List<DataParts.DataFile> files, String licence) implements PageModel {
        public DataPage {
            files = List.copyOf(files);
        }
    }

    /**
     * {@code page.ftlh}: a free page ({@code about}, {@code how-to-read}).
     *
     * @param bodyLang the official language's tag when the page has no text in its own language, else null
     */
    record FreePage(Frame frame, String bodyHtml, String bodyLang) implements PageModel {}
}
