package org.replyarchive.render;

import java.util.List;

/** Every page of a site, planned: reply pages apart, since the build renders them with their bodies. */
public record SitePlan(List<PageJob> pages, List<ReplyPageJob> replyPages) {

    public SitePlan {
        pages = List.copyOf(pages);
        replyPages = List.copyOf(replyPages);
    }

    /** How many HTML pages the site has. */
    public int size() {
        return pages.size() + replyPages.size();
    }
}
