package org.replyarchive.render;

import java.util.Arrays;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.index.Group;
import org.replyarchive.index.Pagination;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.render.view.Parts.FacetSummary;
import org.replyarchive.render.view.Parts.GroupLink;
import org.replyarchive.render.view.Parts.GroupList;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/** The pages to browse the archive by: a language's home page, each facet's overview, each group's list. */
final class BrowsePages {

    /** How many replies the home page lists. */
    static final int LATEST = 10;

    private final Site site;
    private final SiteIndexes indexes;
    private final UrlScheme urls;
    private final FrameMaker frames;

    BrowsePages(Site site, SiteIndexes indexes, UrlScheme urls, FrameMaker frames) {
        this.site = site;
        this.indexes = indexes;
        this.urls = urls;
        this.frames = frames;
    }

    /** Adds the home page, then per facet its overview and its groups' lists, to {@code jobs}. */
    void plan(Language language, List<PageJob> jobs) {
        jobs.add(new PageJob(urls.home(language), "home.ftlh", () -> home(language), frames.alternates(urls::home)));
        for (Facet facet : Facet.values()) {
            jobs.add(new PageJob(urls.facet(language, facet), "facet.ftlh", () -> facetOverview(language, facet),
                    frames.alternates(l -> urls.facet(l, facet))));
            for (Group group : indexes.groups(facet, language)) {
                for (Pagination.Slice<Reply> slice : Pagination.paginate(group.replies(), Pagination.PAGE_SIZE)) {
                    jobs.add(new PageJob(urls.group(language, facet, group.key(), slice.number()), "list.ftlh",
                            () -> list(language, facet, group, slice),
                            frames.alternates(l -> urls.group(l, facet, group.key(), slice.number()))));
                }
            }
        }
    }

    private PageModel.HomePage home(Language language) {
        Frame frame = frames.frame(language, "home", site.settings().title().orOfficial(language),
                site.settings().description().orOfficial(language), urls::home, List.of());
        List<Reply> latest = site.replies().subList(0, Math.min(LATEST, site.replies().size()));
        List<FacetSummary> facets = Arrays.stream(Facet.values())
                .map(facet -> new FacetSummary(frames.text(language, UiKeys.facet(facet)), urls.facet(language, facet),
                        groupLinks(language, facet)))
                .toList();
        return new PageModel.HomePage(frame, new ReplyViews(urls, frames, language).cards(latest),
                site.replies().size(), facets);
    }

    private PageModel.FacetPage facetOverview(Language language, Facet facet) {
        Frame frame = frames.frame(language, facet.segment(), frames.text(language, UiKeys.facet(facet)),
                frames.text(language, UiKeys.facetDescription(facet)), l -> urls.facet(l, facet), List.of());
        return new PageModel.FacetPage(frame, groupLinks(language, facet));
    }

    private PageModel.ListPage list(Language language, Facet facet, Group group, Pagination.Slice<Reply> slice) {
        String heading = groupLabel(language, facet, group);
        String title = slice.number() == 1 ? heading
                : heading + frames.text(language, "page_number").replace("{n}", String.valueOf(slice.number()));
        Link facetLink = new Link(frames.text(language, UiKeys.facet(facet)), urls.facet(language, facet));
        Frame frame = frames.frame(language, facet.segment() + "-list", title,
                frames.text(language, "list_description").replace("{name}", heading),
                l -> urls.group(l, facet, group.key(), slice.number()), List.of(facetLink),
                urls.groupFeed(language, facet, group.key()));
        GroupList list = new GroupList(heading, new ReplyViews(urls, frames, language).cards(slice.items()),
                group.replies().size(), slice.number(), slice.pageCount(),
                slice.hasPrevious() ? urls.group(language, facet, group.key(), slice.number() - 1) : null,
                slice.hasNext() ? urls.group(language, facet, group.key(), slice.number() + 1) : null);
        return new PageModel.ListPage(frame, list);
    }

    private List<GroupLink> groupLinks(Language language, Facet facet) {
        return indexes.groups(facet, language).stream()
                .map(g -> new GroupLink(groupLabel(language, facet, g), urls.group(language, facet, g.key(), 1),
                        g.replies().size()))
                .toList();
    }

    /** A group's name; the groups of proposal kinds are named by the theme. */
    String groupLabel(Language language, Facet facet, Group group) {
        if (facet != Facet.KIND) {
            return group.label().orOfficial(language);
        }
        ProposalKind kind = ProposalKind.fromKey(group.key())
                .orElseThrow(() -> new IllegalStateException("No proposal kind '" + group.key() + "'"));
        return frames.ui().kind(language, kind);
    }
}
