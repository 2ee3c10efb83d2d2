package org.replyarchive.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.replyarchive.config.Language;
import org.replyarchive.index.CitedDocuments;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.markdown.Marking;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.stats.StatisticsCalculator;

/**
 * Plans every HTML page of the site as a {@link PageJob} or {@link ReplyPageJob}: the entry page, and per
 * language the home page, reply pages, the browse indexes, the glossary, cited documents, search, the free pages; and the 404
 * page. Each kind of page has its own maker; this class puts them in order.
 */
public final class SitePages {

    private final FrameMaker frames;
    private final SiteRootPages rootPages;
    private final BrowsePages browsePages;
    private final ReplyPages replyPages;
    private final ReferencePages referencePages;
    private final StatisticsPages statisticsPages;
    private final DataPages dataPages;
    private final TermNotes terms;
    private final DocumentPages documentPages;
    private final SideBySidePages sideBySide;

    /** The template of the page that shows a reply's two texts side by side. */
    public static final String SIDE_BY_SIDE_TEMPLATE = "side-by-side.ftlh";

    /**
     * The pages of {@code site} in {@code languages} (the official one first).
     *
     * @param theme the theme, for whether it adds a stylesheet of its own
     */
    public SitePages(Site site, SiteIndexes indexes, UrlScheme urls, List<Language> languages, UiStrings ui,
            MarkdownRenderer markdown, Theme theme) {
        this(site, indexes, CitedDocuments.NONE, urls, languages, ui, markdown, theme);
    }

    /** The pages of {@code site}, whose replies cite the policy documents {@code cited} says they do. */
    public SitePages(Site site, SiteIndexes indexes, CitedDocuments cited, UrlScheme urls, List<Language> languages,
            UiStrings ui, MarkdownRenderer markdown, Theme theme) {
        this.frames = new FrameMaker(site, urls, languages, ui, theme.hasSiteStylesheet());
        this.rootPages = new SiteRootPages(site, urls, frames);
        this.browsePages = new BrowsePages(site, indexes, urls, frames);
        this.terms = new TermNotes(site, urls, frames.languages());
        this.replyPages = new ReplyPages(indexes, urls, frames, terms);
        this.referencePages = new ReferencePages(site, indexes, urls, frames, browsePages, markdown);
        this.statisticsPages = new StatisticsPages(StatisticsCalculator.of(site), urls, frames);
        this.dataPages = new DataPages(site, urls, frames);
        this.documentPages = new DocumentPages(site, cited, urls, frames);
        this.sideBySide = new SideBySidePages(urls, frames, terms);
    }

    /** Every page to render, in a fixed order. */
    public SitePlan plan() {
        List<PageJob> jobs = new ArrayList<>();
        List<ReplyPageJob> replies = new ArrayList<>();
        jobs.add(rootPages.entry());
        for (Language language : frames.languages()) {
            replyPages.plan(language, replies);
            browsePages.plan(language, jobs);
            referencePages.plan(language, jobs);
            documentPages.plan(language, jobs);
            statisticsPages.plan(language, jobs);
            dataPages.plan(language, jobs);
        }
        jobs.add(rootPages.notFound());
        refuseRepeatedPaths(jobs, replies);
        return new SitePlan(jobs, replies, replies.stream().filter(this::hasSideBySide).toList(),
                new SitePlan.ReplyPlaces() {
                    @Override
                    public java.util.Map<String, String> alternates(ReplyPageJob job) {
                        return replyPages.alternates(job);
                    }

                    @Override
                    public String companionPath(ReplyPageJob job) {
                        return sideBySidePath(job);
                    }

                    @Override
                    public java.util.Map<String, String> companionAlternates(ReplyPageJob job) {
                        return sideBySide.alternates(job.reply());
                    }
                });
    }

    /** The model of a reply page, whose body and whose case documents' bodies have been rendered. */
    public PageModel replyModel(ReplyPageJob job, RenderedBody body, List<RenderedBody> documents) {
        return replyPages.model(job, body, documents);
    }

    /** How the text of a reply page is marked: its glossary terms and cited documents, linked from that page. */
    public Marking marking(ReplyPageJob job) {
        return terms.marking(job.language(), job.path());
    }

    /**
     * Whether the reply of {@code job} has a side-by-side page in the job's language, written with the job's
     * reply page (it shows the same reply), one reply at a time.
     */
    public boolean hasSideBySide(ReplyPageJob job) {
        return SideBySidePages.has(job.reply(), frames.languages());
    }

    /** The path of the side-by-side page of {@code job}'s reply in its language. */
    public String sideBySidePath(ReplyPageJob job) {
        return sideBySide.path(job);
    }

    /** The language of the translation a side-by-side page shows beside the official text. */
    public Language sideBySideTranslation() {
        return sideBySide.translation();
    }

    /** How the text in {@code text} is marked on the side-by-side page of {@code job}. */
    public Marking sideBySideMarking(ReplyPageJob job, Language text) {
        return sideBySide.marking(job, text);
    }

    /** The model of the side-by-side page of {@code job}, whose two texts have been rendered. */
    public PageModel sideBySideModel(ReplyPageJob job, RenderedBody official, RenderedBody translation) {
        return sideBySide.model(job, official, translation);
    }

    /** What the side-by-side page of {@code job} is made from, without reading its texts. */
    public String sideBySideInputs(ReplyPageJob job) {
        return sideBySide.inputs(job);
    }

    /**
     * What a reply page is made from, computed without reading or rendering its body: its model but the body,
     * and the digest of the text it shows.
     */
    public String replyInputs(ReplyPageJob job) {
        return replyPages.inputs(job);
    }

    /** Two pages at one path would race to be written; the URL scheme and page names must prevent it. */
    private static void refuseRepeatedPaths(List<PageJob> jobs, List<ReplyPageJob> replies) {
        Set<String> paths = new HashSet<>();
        Stream.concat(jobs.stream().map(PageJob::path), replies.stream().map(ReplyPageJob::path)).forEach(path -> {
            if (!paths.add(path)) {
                throw new IllegalStateException("Two pages would be written to " + path);
            }
        });
    }
}
