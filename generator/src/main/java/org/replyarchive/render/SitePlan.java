package org.replyarchive.render;

import java.util.List;
import java.util.Map;

/**
 * Every page of a site, planned: reply pages apart, since the build renders them with their bodies, and the
 * pages written with a reply page from the same texts (its side-by-side view), which are listed but have no job
 * of their own.
 */
public record SitePlan(List<PageJob> pages, List<ReplyPageJob> replyPages, List<CompanionPage> companionPages) {

    /** A page written with a reply page: its path and its versions by {@code hreflang} tag, for the sitemap. */
    public record CompanionPage(String path, Map<String, String> alternates) {
        public CompanionPage {
            alternates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternates));
        }
    }

    public SitePlan {
        pages = List.copyOf(pages);
        replyPages = List.copyOf(replyPages);
        companionPages = List.copyOf(companionPages);
    }

    /** A plan without companion pages. */
    public SitePlan(List<PageJob> pages, List<ReplyPageJob> replyPages) {
        this(pages, replyPages, List.of());
    }

    /** How many HTML pages the site has. */
    public int size() {
        return pages.size() + replyPages.size() + companionPages.size();
    }
}
