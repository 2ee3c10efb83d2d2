package org.replyarchive.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.replyarchive.config.Language;
import org.replyarchive.model.Page;
import org.replyarchive.model.Site;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/**
 * What surrounds every page's own content: the page info with its alternates, the site's title, the
 * navigation and the UI strings. Immutable and shared by the rendering threads.
 */
final class Chrome {

    private final Site site;
    private final UrlScheme urls;
    private final List<Language> languages;
    private final Map<Language, Map<String, String>> ui;

    Chrome(Site site, UrlScheme urls, List<Language> languages, Map<Language, Map<String, String>> ui) {
        this.site = site;
        this.urls = urls;
        this.languages = List.copyOf(languages);
        this.ui = Map.copyOf(ui);
    }

    List<Language> languages() {
        return languages;
    }

    Map<String, String> ui(Language language) {
        return ui.get(language);
    }

    String text(Language language, String key) {
        String value = ui.get(language).get(key);
        if (value == null) {
            throw new IllegalStateException("The theme's i18n/" + language.code() + ".yaml lacks the key '" + key + "'");
        }
        return value;
    }

    /**
     * The model every page starts from.
     *
     * @param pathIn the same page's path in each language
     */
    Map<String, Object> model(Language language, String kind, String title, String description,
            Function<Language, String> pathIn) {
        String path = pathIn.apply(language);
        List<Views.Alternate> alternates = new ArrayList<>();
        for (Language other : languages) {
            String otherPath = pathIn.apply(other);
            alternates.add(new Views.Alternate(other.code(), other.htmlLang(), text(other, "language_name"), otherPath,
                    urls.absolute(otherPath)));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", new Views.PageInfo(language.code(), language.htmlLang(), UrlScheme.rootFrom(path), path,
                title, description, urls.absolute(path), alternates, kind));
        model.put("site", new Views.SiteView(site.settings().title().orOfficial(language),
                site.settings().description().orOfficial(language), site.settings().issuer().orOfficial(language),
                urls.home(language)));
        model.put("ui", ui.get(language));
        model.put("nav", navigation(language, kind));
        model.put("searchUrl", urls.search(language));
        return model;
    }

    private List<Views.NavItem> navigation(Language language, String currentKind) {
        List<Views.NavItem> items = new ArrayList<>();
        items.add(new Views.NavItem(text(language, "nav_home"), urls.home(language), "home".equals(currentKind)));
        items.add(new Views.NavItem(text(language, "facet_years"), urls.facet(language, Facet.YEAR),
                currentKind.startsWith("years")));
        items.add(new Views.NavItem(text(language, "facet_sessions"), urls.facet(language, Facet.SESSION),
                currentKind.startsWith("sessions")));
        items.add(new Views.NavItem(text(language, "facet_topics"), urls.facet(language, Facet.TOPIC),
                currentKind.startsWith("topics")));
        items.add(new Views.NavItem(text(language, "nav_glossary"), urls.glossary(language),
                "glossary".equals(currentKind)));
        for (Page page : site.pages()) {
            Page.PageText text = page.texts().get(language);
            if (text != null) {
                items.add(new Views.NavItem(text.title(), urls.page(language, page.name()),
                        ("page:" + page.name()).equals(currentKind)));
            }
        }
        return items;
    }
}
