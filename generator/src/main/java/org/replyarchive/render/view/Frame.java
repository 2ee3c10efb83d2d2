package org.replyarchive.render.view;

import java.util.List;
import java.util.Map;
import org.replyarchive.render.view.Parts.Link;

/**
 * What every page has around its own content, whatever its kind: the variables {@code page}, {@code site},
 * {@code ui}, {@code nav}, {@code breadcrumbs} and {@code links} of every template. The head, header,
 * navigation and footer partials read only these, so that one set of partials serves every page.
 *
 * @param ui the theme's words in the page's language, by key (the default theme's, each replaced by the site
 *     theme's where it has one)
 * @param breadcrumbs the path from the home page to this page, home excluded; empty on pages without one
 */
public record Frame(
        PageInfo page, SiteInfo site, Map<String, String> ui, List<NavItem> nav, List<Link> breadcrumbs,
        ThemeLinks links) {

    public Frame {
        ui = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(ui));
        nav = List.copyOf(nav);
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /**
     * The page itself.
     *
     * @param lang the page's language code ({@code zh}, {@code en})
     * @param htmlLang its BCP 47 tag, for {@code lang} attributes
     * @param kind what page this is: {@code entry}, {@code home}, {@code reply}, {@code years} (a facet's
     *     overview), {@code years-list} (a group's list), {@code glossary}, {@code search}, {@code page:about},
     *     {@code 404}
     * @param root what a site path is prefixed with to make a URL from this page: {@code ../../} for a page two
     *     folders deep; on the 404 page, which is served at any address, the site's absolute base path
     * @param path the page's own site path ({@code zh/years/2023/})
     * @param description empty when the page has none
     * @param canonical the page's absolute URL; null on the 404 page, which is no page of its own
     * @param alternates the page in each language, itself included; empty on the 404 page
     * @param xDefault the absolute URL for {@code hreflang="x-default"}; null except on the entry page
     * @param refreshUrl where the page sends the browser at once; null except on the entry page
     * @param indexed false where search engines are asked not to index the page (the 404 page)
     */
    public record PageInfo(
            String lang,
            String htmlLang,
            String kind,
            String root,
            String path,
            String title,
            String description,
            String canonical,
            List<Alternate> alternates,
            String xDefault,
            String refreshUrl,
            boolean indexed) {

        public PageInfo {
            alternates = List.copyOf(alternates);
        }
    }

    /**
     * The site's own title, description and issuing department in the page's language, its home page, and the
     * masthead and footer details of a government site from {@code site.yaml}, each null when not configured.
     *
     * @param organizer the 主办单位
     * @param contact how to reach the site's office
     * @param siteCode the 网站标识码
     * @param icp the ICP 备案 number
     * @param emblem the site path of the department's emblem image
     * @param reportError the address of the 我要纠错 form
     */
    public record SiteInfo(String title, String description, String issuer, String home, String organizer,
            String contact, String siteCode, String icp, String emblem, String reportError) {

        /** A site without masthead or footer details. */
        public SiteInfo(String title, String description, String issuer, String home) {
            this(title, description, issuer, home, null, null, null, null, null, null);
        }
    }

    /** A line of the main navigation; {@code current} on the line of the page shown (or of its section). */
    public record NavItem(String label, String url, boolean current) {}

    /**
     * The same page in one language, for the language switch and the {@code hreflang} links.
     *
     * @param label the language's own name ("English", "中文")
     * @param url its site path
     * @param href its absolute URL
     */
    public record Alternate(String code, String htmlLang, String label, String url, String href) {}

    /**
     * The site paths of the files every page may link, so that no template writes them out: the theme's
     * stylesheet and script, the site theme's own stylesheet, the page language's feed, the open data and
     * the search page.
     *
     * @param siteStylesheet {@code assets/site.css} when the site theme has {@code static/site.css}, else null
     * @param feed the Atom feed of the page's language; null on the entry and 404 pages, which have no language
     * @param readingStylesheet the reading settings' stylesheet (text size, spacing, contrast)
     * @param printStylesheet the stylesheet for printing (a reply as an official document)
     * @param readingScript the script that keeps the reading settings and reads aloud
     * @param favicon the site's icon
     * @param accessibility the accessibility statement in the page's language; null when the site has no page
     *     {@code accessibility}
     */
    public record ThemeLinks(
            String stylesheet,
            String siteStylesheet,
            String searchScript,
            String feed,
            String dataJson,
            String dataCsv,
            String search,
            String listFeed,
            String feeds,
            String readingStylesheet,
            String printStylesheet,
            String readingScript,
            String favicon,
            String accessibility) {

        /** The links of the theme's own files before the reading settings, print stylesheet and icon. */
        public ThemeLinks(String stylesheet, String siteStylesheet, String searchScript, String feed, String dataJson,
                String dataCsv, String search) {
            this(stylesheet, siteStylesheet, searchScript, feed, dataJson, dataCsv, search, null, null);
        }

        /** The links of the theme's own files with the list feeds, before the reading settings, print stylesheet and icon. */
        public ThemeLinks(String stylesheet, String siteStylesheet, String searchScript, String feed, String dataJson,
                String dataCsv, String search, String listFeed, String feeds) {
            this(stylesheet, siteStylesheet, searchScript, feed, dataJson, dataCsv, search, listFeed, feeds,
                    "assets/css/reading.css", "assets/css/print.css", "assets/js/reading.js", "assets/favicon.svg",
                    null);
        }
    }
}
