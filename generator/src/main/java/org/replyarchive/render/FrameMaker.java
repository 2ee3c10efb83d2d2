package org.replyarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.replyarchive.config.Language;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Page;
import org.replyarchive.model.SiteContacts;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/**
 * Makes the {@link Frame} of each page: the page info with its alternates, the site's title, the navigation,
 * the UI strings and the links every page may need. Immutable and shared by the rendering threads.
 */
final class FrameMaker {

    /** The name of the free page that is the site's accessibility statement. */
    static final String ACCESSIBILITY = "accessibility";

    private final Site site;
    private final UrlScheme urls;
    private final List<Language> languages;
    private final UiStrings ui;
    private final boolean hasSiteStylesheet;

    FrameMaker(Site site, UrlScheme urls, List<Language> languages, UiStrings ui, boolean hasSiteStylesheet) {
        this.site = site;
        this.urls = urls;
        this.languages = List.copyOf(languages);
        this.ui = ui;
        this.hasSiteStylesheet = hasSiteStylesheet;
    }

    List<Language> languages() {
        return languages;
    }

    Language official() {
        return languages.get(0);
    }

    UiStrings ui() {
        return ui;
    }

    /** A page's versions by {@code hreflang} tag, itself included, at the paths {@code pathIn} gives. */
    java.util.Map<String, String> alternates(Function<Language, String> pathIn) {
        java.util.Map<String, String> alternates = new java.util.LinkedHashMap<>();
        languages.forEach(l -> alternates.put(l.htmlLang(), pathIn.apply(l)));
        return alternates;
    }

    /** The issuing department's name in {@code language}. */
    String siteIssuer(Language language) {
        return site.settings().issuer().orOfficial(language);
    }

    String text(Language language, String key) {
        return ui.text(language, key);
    }

    /**
     * The frame of a page of {@code language}.
     *
     * @param kind see {@link Frame.PageInfo#kind()}
     * @param pathIn the same page's path in each language
     */
    Frame frame(Language language, String kind, String title, String description, Function<Language, String> pathIn,
            List<Link> breadcrumbs) {
        return frame(language, kind, title, description, pathIn, breadcrumbs, null);
    }

    /** The frame of a page of {@code language} that lists replies with a feed of its own, {@code listFeed}. */
    Frame frame(Language language, String kind, String title, String description, Function<Language, String> pathIn,
            List<Link> breadcrumbs, String listFeed) {
        String path = pathIn.apply(language);
        List<Frame.Alternate> alternates = new ArrayList<>();
        for (Language other : languages) {
            String otherPath = pathIn.apply(other);
            alternates.add(new Frame.Alternate(other.code(), other.htmlLang(), text(other, "language_name"),
                    otherPath, urls.absolute(otherPath)));
        }
        Frame.PageInfo page = new Frame.PageInfo(language.code(), language.htmlLang(), kind, UrlScheme.rootFrom(path),
                path, title, description, urls.absolute(path), alternates, null, null, true);
        return new Frame(page, siteInfo(language), ui.all(language), navigation(language, kind), breadcrumbs,
                links(language, listFeed));
    }

    /**
     * The frame of the entry page: in the official language, offering every language's home. It sends no one
     * anywhere by itself: reading.js opens the language a reader chose before, and marks the browser's.
     */
    Frame entryFrame() {
        Language official = official();
        String path = urls.entry();
        List<Frame.Alternate> homes = languages.stream()
                .map(l -> new Frame.Alternate(l.code(), l.htmlLang(), text(l, "language_name"), urls.home(l),
                        urls.absolute(urls.home(l))))
                .toList();
        Frame.PageInfo page = new Frame.PageInfo(official.code(), official.htmlLang(), "entry",
                UrlScheme.rootFrom(path), path, site.settings().title().orOfficial(official),
                site.settings().description().orOfficial(official), urls.absolute(path), homes, urls.absolute(path),
                null, true);
        return new Frame(page, siteInfo(official), ui.all(official), List.of(), List.of(), links(null, null));
    }

    /** The frame of the 404 page, served at any address: its links start from the site's base path. */
    Frame notFoundFrame() {
        Language official = official();
        Frame.PageInfo page = new Frame.PageInfo(official.code(), official.htmlLang(), "404", urls.basePath(),
                "404.html", text(official, "not_found_title"), "", null, List.of(), null, null, false);
        return new Frame(page, siteInfo(official), ui.all(official), List.of(), List.of(), links(null, null));
    }

    private Frame.SiteInfo siteInfo(Language language) {
        SiteContacts contacts = site.settings().contacts();
        return new Frame.SiteInfo(site.settings().title().orOfficial(language),
                site.settings().description().orOfficial(language), site.settings().issuer().orOfficial(language),
                urls.home(language), orNull(contacts.organizer(), language), orNull(contacts.contact(), language),
                contacts.siteCode(), contacts.icp(), contacts.emblem() == null ? null : "assets/" + contacts.emblem(),
                contacts.reportError());
    }

    private static String orNull(Localized<String> text, Language language) {
        return text == null ? null : text.orOfficial(language);
    }

    /** The links of a page of {@code language}; of a page of no one language (entry, 404) when null. */
    private Frame.ThemeLinks links(Language language, String listFeed) {
        Language statementLanguage = language == null ? official() : language;
        String accessibility = site.pages().stream().anyMatch(p -> ACCESSIBILITY.equals(p.name()))
                ? urls.page(statementLanguage, ACCESSIBILITY) : null;
        return new Frame.ThemeLinks("assets/css/site.css", hasSiteStylesheet ? "assets/site.css" : null,
                "assets/js/search.js", language == null ? null : urls.feed(language), urls.openDataJson(),
                urls.openDataCsv(), urls.search(language == null ? official() : language), listFeed,
                language == null ? null : urls.feedList(language), "assets/css/reading.css",
                "assets/css/print.css", "assets/js/reading.js", "assets/favicon.svg", accessibility);
    }

    private List<Frame.NavItem> navigation(Language language, String currentKind) {
        List<Frame.NavItem> items = new ArrayList<>();
        items.add(new Frame.NavItem(text(language, "nav_home"), urls.home(language), "home".equals(currentKind)));
        for (Facet facet : List.of(Facet.YEAR, Facet.SESSION, Facet.PROPOSER, Facet.DEPARTMENT, Facet.TOPIC)) {
            items.add(new Frame.NavItem(text(language, UiKeys.facet(facet)), urls.facet(language, facet),
                    currentKind.startsWith(facet.segment())));
        }
        items.add(new Frame.NavItem(text(language, "nav_glossary"), urls.glossary(language),
                "glossary".equals(currentKind)));
        if (!site.documents().isEmpty()) {
            items.add(new Frame.NavItem(text(language, "nav_documents"), urls.documents(language),
                    currentKind.startsWith("document")));
        }
        items.add(new Frame.NavItem(text(language, "nav_statistics"), urls.statistics(language),
                "statistics".equals(currentKind)));
        items.add(new Frame.NavItem(text(language, "nav_data"), urls.data(language), "data".equals(currentKind)));
        for (Page page : site.pages()) {
            Page.PageText text = page.texts().get(language);
            // The accessibility statement is linked from the reading settings and the footer of every page.
            if (text != null && !ACCESSIBILITY.equals(page.name())) {
                items.add(new Frame.NavItem(text.title(), urls.page(language, page.name()),
                        ("page:" + page.name()).equals(currentKind)));
            }
        }
        return items;
    }
}
