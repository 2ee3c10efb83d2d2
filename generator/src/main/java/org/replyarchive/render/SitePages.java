package org.replyarchive.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.index.Group;
import org.replyarchive.index.Pagination;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.markdown.RenderedBody;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Page;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/**
 * Plans every HTML page of the site as a {@link PageJob}: the entry page, and per language the home page,
 * reply pages, the browse indexes, the glossary, the free pages; and the 404 page.
 */
public final class SitePages {

    /** How many replies the home page lists. */
    static final int LATEST = 10;

    private final Site site;
    private final SiteIndexes indexes;
    private final UrlScheme urls;
    private final Chrome chrome;
    private final ReplyViews replyViews;
    private final MarkdownRenderer markdown;

    public SitePages(Site site, SiteIndexes indexes, UrlScheme urls, List<Language> languages,
            Map<Language, Map<String, String>> ui, MarkdownRenderer markdown) {
        this.site = site;
        this.indexes = indexes;
        this.urls = urls;
        this.chrome = new Chrome(site, urls, languages, ui);
        this.replyViews = new ReplyViews(site, urls, chrome);
        this.markdown = markdown;
    }

    /** Every page to render, in a fixed order. */
    public SitePlan plan() {
        List<PageJob> jobs = new ArrayList<>();
        List<ReplyPageJob> replyPages = new ArrayList<>();
        jobs.add(entry());
        for (Language language : chrome.languages()) {
            jobs.add(home(language));
            replies(language, replyPages);
            for (Facet facet : Facet.values()) {
                jobs.add(facetOverview(language, facet));
                groups(language, facet, jobs);
            }
            jobs.add(glossary(language));
            jobs.add(search(language));
            site.pages().forEach(page -> jobs.add(freePage(language, page)));
        }
        jobs.add(notFound());
        refuseRepeatedPaths(jobs, replyPages);
        return new SitePlan(jobs, replyPages);
    }

    /** Two pages at one path would race to be written; the URL scheme and page names must prevent it. */
    private static void refuseRepeatedPaths(List<PageJob> jobs, List<ReplyPageJob> replyPages) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        java.util.stream.Stream.concat(jobs.stream().map(PageJob::path), replyPages.stream().map(ReplyPageJob::path))
                .forEach(path -> {
                    if (!paths.add(path)) {
                        throw new IllegalStateException("Two pages would be written to " + path);
                    }
                });
    }

    private Map<String, String> alternates(java.util.function.Function<Language, String> pathIn) {
        Map<String, String> alternates = new LinkedHashMap<>();
        chrome.languages().forEach(l -> alternates.put(l.htmlLang(), pathIn.apply(l)));
        return alternates;
    }

    /** A page that exists in every language, at the path {@code pathIn} gives for each. */
    private PageJob job(Language language, java.util.function.Function<Language, String> pathIn, String template,
            java.util.function.Supplier<Map<String, Object>> model) {
        return job(language, pathIn, template, model, null);
    }

    private PageJob job(Language language, java.util.function.Function<Language, String> pathIn, String template,
            java.util.function.Supplier<Map<String, Object>> model, java.util.function.Supplier<String> inputs) {
        return new PageJob(pathIn.apply(language), template, model, inputs, alternates(pathIn));
    }

    private PageJob entry() {
        Language official = chrome.languages().get(0);
        return new PageJob(urls.entry(), "entry.ftlh", () -> {
            Map<String, Object> model = chrome.model(official, "entry", site.settings().title().zh(),
                    site.settings().description().orOfficial(official), l -> urls.entry());
            List<Views.Alternate> homes = chrome.languages().stream()
                    .map(l -> new Views.Alternate(l.code(), l.htmlLang(), site.settings().title().orOfficial(l),
                            urls.home(l), urls.absolute(urls.home(l))))
                    .toList();
            model.put("homes", homes);
            model.put("uiByLanguage", uiByLanguage());
            return model;
        }, null, Map.of("x-default", urls.entry()));
    }

    private Map<String, Map<String, String>> uiByLanguage() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        chrome.languages().forEach(l -> all.put(l.code(), chrome.ui(l)));
        return all;
    }

    private PageJob home(Language language) {
        return job(language, urls::home, "home.ftlh", () -> {
            Map<String, Object> model = chrome.model(language, "home", site.settings().title().orOfficial(language),
                    site.settings().description().orOfficial(language), urls::home);
            model.put("latest", replyViews.in(language).cards(
                    site.replies().subList(0, Math.min(LATEST, site.replies().size()))));
            model.put("replyCount", site.replies().size());
            model.put("facets", java.util.Arrays.stream(Facet.values())
                    .map(facet -> new Views.FacetSummary(chrome.text(language, "facet_" + facet.segment()),
                            urls.facet(language, facet), groupLinks(language, facet)))
                    .toList());
            return model;
        });
    }

    private void replies(Language language, List<ReplyPageJob> jobs) {
        for (Group session : indexes.all().get(Facet.SESSION)) {
            List<Reply> chronological = new ArrayList<>(session.replies());
            java.util.Collections.reverse(chronological);
            for (int i = 0; i < chronological.size(); i++) {
                Reply reply = chronological.get(i);
                Reply previous = i > 0 ? chronological.get(i - 1) : null;
                Reply next = i + 1 < chronological.size() ? chronological.get(i + 1) : null;
                jobs.add(new ReplyPageJob(reply, language, urls.reply(language, reply), previous, next,
                        alternates(l -> urls.reply(l, reply))));
            }
        }
    }

    /** The model of a reply page, whose body has been rendered. */
    public Map<String, Object> replyModel(ReplyPageJob job, RenderedBody body) {
        Views.ReplyView view = replyViews.in(job.language()).view(job.reply(), body, job.previous(), job.next());
        Map<String, Object> model = replyChrome(job.language(), job.reply());
        model.put("reply", view);
        model.put("jsonLd", JsonLd.reply(job.reply(), job.language(),
                urls.absolute(urls.reply(job.language(), job.reply())),
                site.settings().issuer().orOfficial(job.language())));
        return model;
    }

    private Map<String, Object> replyChrome(Language language, Reply reply) {
        return chrome.model(language, "reply", reply.title().orOfficial(language),
                reply.summary().has(language) ? reply.summary().get(language) : "", l -> urls.reply(l, reply));
    }

    /**
     * What a reply page is made from, without reading or rendering its body: the surrounding page, the reply
     * with the digest of the text the page shows, and its neighbours' titles.
     */
    public String replyInputs(ReplyPageJob job) {
        // Every field of the reply counts, but of its texts only the one this page shows: editing the Chinese
        // text must not render the English page again.
        Reply reply = job.reply();
        return replyChrome(job.language(), reply) + "\n" + reply.fieldsWithoutTexts() + "\n"
                + reply.texts().get(job.language()) + "\n" + neighbourInputs(job.previous()) + "\n"
                + neighbourInputs(job.next());
    }

    private static String neighbourInputs(Reply neighbour) {
        return neighbour == null ? "" : neighbour.id() + " " + neighbour.title();
    }

    private List<Views.GroupLink> groupLinks(Language language, Facet facet) {
        return indexes.groups(facet, language).stream()
                .map(g -> new Views.GroupLink(groupLabel(language, facet, g), urls.group(language, facet, g.key(), 1),
                        g.replies().size()))
                .toList();
    }

    private String groupLabel(Language language, Facet facet, Group group) {
        return facet == Facet.KIND ? chrome.text(language, "kind_" + group.key()) : group.label().orOfficial(language);
    }

    private PageJob facetOverview(Language language, Facet facet) {
        return job(language, l -> urls.facet(l, facet), "facet.ftlh", () -> {
            String title = chrome.text(language, "facet_" + facet.segment());
            Map<String, Object> model = chrome.model(language, facet.segment(), title,
                    chrome.text(language, "facet_" + facet.segment() + "_description"), l -> urls.facet(l, facet));
            model.put("groups", groupLinks(language, facet));
            return model;
        });
    }

    private void groups(Language language, Facet facet, List<PageJob> jobs) {
        for (Group group : indexes.groups(facet, language)) {
            for (Pagination.Slice<Reply> slice : Pagination.paginate(group.replies(), Pagination.PAGE_SIZE)) {
                jobs.add(job(language, l -> urls.group(l, facet, group.key(), slice.number()), "list.ftlh",
                        () -> listModel(language, facet, group, slice)));
            }
        }
    }

    private Map<String, Object> listModel(Language language, Facet facet, Group group, Pagination.Slice<Reply> slice) {
        String heading = groupLabel(language, facet, group);
        String facetLabel = chrome.text(language, "facet_" + facet.segment());
        String title = slice.number() == 1 ? heading
                : heading + chrome.text(language, "page_number").replace("{n}", String.valueOf(slice.number()));
        Map<String, Object> model = chrome.model(language, facet.segment() + "-list", title,
                chrome.text(language, "list_description").replace("{name}", heading),
                l -> urls.group(l, facet, group.key(), slice.number()));
        model.put("list", new Views.ListPage(heading, facetLabel,
                new Views.Link(facetLabel, urls.facet(language, facet)), replyViews.in(language).cards(slice.items()),
                group.replies().size(), slice.number(), slice.pageCount(),
                slice.hasPrevious() ? urls.group(language, facet, group.key(), slice.number() - 1) : null,
                slice.hasNext() ? urls.group(language, facet, group.key(), slice.number() + 1) : null));
        return model;
    }

    private PageJob glossary(Language language) {
        return job(language, urls::glossary, "glossary.ftlh", () -> {
            Map<String, Object> model = chrome.model(language, "glossary", chrome.text(language, "nav_glossary"),
                    chrome.text(language, "glossary_description"), urls::glossary);
            Language other = chrome.languages().stream().filter(l -> l != language).findFirst().orElse(language);
            List<Views.GlossaryEntry> entries = site.glossary().stream()
                    .sorted(java.util.Comparator.comparing((GlossaryTerm t) -> t.term().orOfficial(language),
                            java.text.Collator.getInstance(language.locale())).thenComparing(GlossaryTerm::key))
                    .map(t -> new Views.GlossaryEntry(t.key(), t.term().orOfficial(language),
                            other == language ? null : t.term().orOfficial(other), other.htmlLang(),
                            t.definition().orOfficial(language)))
                    .toList();
            model.put("entries", entries);
            return model;
        });
    }

    private PageJob search(Language language) {
        return job(language, urls::search, "search.ftlh", () -> {
            Map<String, Object> model = chrome.model(language, "search", chrome.text(language, "search_title"),
                    chrome.text(language, "search_description"), urls::search);
            model.put("searchIndex", urls.searchIndex(language));
            model.put("years", options(language, Facet.YEAR));
            model.put("sessions", options(language, Facet.SESSION));
            model.put("kinds", options(language, Facet.KIND));
            model.put("browse", java.util.Arrays.stream(Facet.values())
                    .map(f -> new Views.Link(chrome.text(language, "facet_" + f.segment()), urls.facet(language, f)))
                    .toList());
            return model;
        });
    }

    private List<Views.Option> options(Language language, Facet facet) {
        return indexes.groups(facet, language).stream()
                .map(g -> new Views.Option(g.key(), groupLabel(language, facet, g)))
                .toList();
    }

    private PageJob freePage(Language language, Page page) {
        Language official = chrome.languages().get(0);
        Page.PageText text = page.texts().getOrDefault(language, page.texts().get(official));
        return job(language, l -> urls.page(l, page.name()), "page.ftlh", () -> {
            Map<String, Object> model = chrome.model(language, "page:" + page.name(), text.title(), text.description(),
                    l -> urls.page(l, page.name()));
            model.put("bodyHtml", markdown.render(text.markdown()).html());
            model.put("bodyLang", page.texts().containsKey(language) ? null : official.htmlLang());
            return model;
        });
    }

    private PageJob notFound() {
        Language official = chrome.languages().get(0);
        return new PageJob("404.html", "404.ftlh", () -> {
            Map<String, Object> model = chrome.model(official, "404", chrome.text(official, "not_found_title"), "",
                    l -> "404.html");
            model.put("basePath", urls.basePath());
            model.put("homes", chrome.languages().stream()
                    .map(l -> new Views.Alternate(l.code(), l.htmlLang(), chrome.text(l, "not_found_title"),
                            urls.home(l), urls.absolute(urls.home(l))))
                    .toList());
            model.put("uiByLanguage", uiByLanguage());
            return model;
        }, null, Map.of());
    }
}
