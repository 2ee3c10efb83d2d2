package org.replyarchive.render;

import java.util.Map;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.render.view.Parts.LanguageChoice;
import org.replyarchive.render.view.Parts.NotFoundNotice;
import org.replyarchive.route.UrlScheme;

/** The two pages of no one language: the entry page at the site's root, and the 404 page. */
final class SiteRootPages {

    private final Site site;
    private final UrlScheme urls;
    private final FrameMaker frames;

    SiteRootPages(Site site, UrlScheme urls, FrameMaker frames) {
        this.site = site;
        this.urls = urls;
        this.frames = frames;
    }

    PageJob entry() {
        return new PageJob(urls.entry(), "entry.ftlh", this::entryModel, Map.of("x-default", urls.entry()));
    }

    /** Not in the sitemap: it is no page of its own. */
    PageJob notFound() {
        return new PageJob("404.html", "404.ftlh", this::notFoundModel, Map.of());
    }

    private PageModel.EntryPage entryModel() {
        return new PageModel.EntryPage(frames.entryFrame(), frames.languages().stream()
                .map(l -> new LanguageChoice(l.htmlLang(), site.settings().title().orOfficial(l),
                        frames.text(l, "language_name"),
                        l == frames.official() ? frames.text(l, "entry_official") : null,
                        urls.home(l)))
                .toList());
    }

    private PageModel.NotFoundPage notFoundModel() {
        return new PageModel.NotFoundPage(frames.notFoundFrame(), frames.languages().stream()
                .map(l -> new NotFoundNotice(l.htmlLang(), frames.text(l, "not_found_title"),
                        frames.text(l, "not_found_text"), frames.text(l, "not_found_home"), urls.home(l)))
                .toList());
    }
}
