package org.replyarchive.render;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Page;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.render.view.Parts.GlossaryEntry;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.render.view.Parts.Option;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/** The pages of a language beside the replies and their lists: the glossary, search, and the free pages. */
final class ReferencePages {

    private final Site site;
    private final SiteIndexes indexes;
    private final UrlScheme urls;
    private final FrameMaker frames;
    private final BrowsePages browse;
    private final MarkdownRenderer markdown;

    ReferencePages(Site site, SiteIndexes indexes, UrlScheme urls, FrameMaker frames, BrowsePages browse,
            MarkdownRenderer markdown) {
        this.site = site;
        this.indexes = indexes;
        this.urls = urls;
        this.frames = frames;
        this.browse = browse;
        this.markdown = markdown;
    }

    /** Adds the glossary, the search page and the free pages of {@code language} to {@code jobs}. */
    void plan(Language language, List<PageJob> jobs) {
        jobs.add(new PageJob(urls.glossary(language), "glossary.ftlh", () -> glossary(language),
                frames.alternates(urls::glossary)));
        jobs.add(new PageJob(urls.search(language), "search.ftlh", () -> search(language),
                frames.alternates(urls::search)));
        for (Page page : site.pages()) {
            jobs.add(new PageJob(urls.page(language, page.name()), "page.ftlh", () -> freePage(language, page),
                    frames.alternates(l -> urls.page(l, page.name()))));
        }
    }

    private PageModel.GlossaryPage glossary(Language language) {
        Frame frame = frames.frame(language, "glossary", frames.text(language, "nav_glossary"),
                frames.text(language, "glossary_description"), urls::glossary, List.of());
        Language other = frames.languages().stream().filter(l -> l != language).findFirst().orElse(language);
        List<GlossaryEntry> entries = site.glossary().stream()
                .sorted(Comparator.comparing((GlossaryTerm t) -> t.term().orOfficial(language),
                        Collator.getInstance(language.locale())).thenComparing(GlossaryTerm::key))
                .map(t -> new GlossaryEntry(t.key(), t.term().orOfficial(language),
                        other == language ? null : t.term().orOfficial(other), other.htmlLang(),
                        t.definition().orOfficial(language)))
                .toList();
        return new PageModel.GlossaryPage(frame, entries);
    }

    private PageModel.SearchPage search(Language language) {
        Frame frame = frames.frame(language, "search", frames.text(language, "search_title"),
                frames.text(language, "search_description"), urls::search, List.of());
        List<Link> facets = Arrays.stream(Facet.values())
                .map(f -> new Link(frames.text(language, UiKeys.facet(f)), urls.facet(language, f)))
                .toList();
        return new PageModel.SearchPage(frame, urls.searchIndex(language), options(language, Facet.YEAR),
                options(language, Facet.SESSION), options(language, Facet.KIND), facets);
    }

    private List<Option> options(Language language, Facet facet) {
        return indexes.groups(facet, language).stream()
                .map(g -> new Option(g.key(), browse.groupLabel(language, facet, g)))
                .toList();
    }

    private PageModel.FreePage freePage(Language language, Page page) {
        Language official = frames.official();
        Page.PageText text = page.texts().getOrDefault(language, page.texts().get(official));
        Frame frame = frames.frame(language, "page:" + page.name(), text.title(), text.description(),
                l -> urls.page(l, page.name()), List.of());
        return new PageModel.FreePage(frame, markdown.render(text.markdown()).html(),
                page.texts().containsKey(language) ? null : official.htmlLang());
    }
}
