package org.replyarchive.render;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every page of a site, planned: reply pages apart, since the build renders them with their bodies, and the
 * pages written with a reply page from the same texts (its side-by-side view), which have no job of their own.
 *
 * <p>Where a reply's pages have versions in other languages, and where its side-by-side page is, is made when
 * the sitemap asks ({@link #forEachListed}), not held for every page through the build.
 *
 * @param withCompanion the reply pages written with a companion page, in the order of {@code replyPages}
 */
public record SitePlan(List<PageJob> pages, List<ReplyPageJob> replyPages, List<ReplyPageJob> withCompanion,
        ReplyPlaces places) {

    /** Where the pages made from a reply page's job are, and their versions by {@code hreflang} tag. */
    public interface ReplyPlaces {

        /** The versions of the reply page of {@code job}, itself included. */
        Map<String, String> alternates(ReplyPageJob job);

        /** The path of the companion page written with the reply page of {@code job}. */
        String companionPath(ReplyPageJob job);

        /** The versions of that companion page, itself included. */
        Map<String, String> companionAlternates(ReplyPageJob job);
    }

    public SitePlan {
        pages = List.copyOf(pages);
        replyPages = List.copyOf(replyPages);
        withCompanion = List.copyOf(withCompanion);
    }

    /** How many HTML pages the site has. */
    public int size() {
        return pages.size() + replyPages.size() + withCompanion.size();
    }

    /** Each page to list in the sitemap, in plan order, with its versions by {@code hreflang} tag. */
    public void forEachListed(BiConsumer<String, Map<String, String>> listed) {
        pages.stream().filter(job -> !job.alternates().isEmpty())
                .forEach(job -> listed.accept(job.path(), job.alternates()));
        replyPages.forEach(job -> listed.accept(job.path(), places.alternates(job)));
        withCompanion.forEach(job -> listed.accept(places.companionPath(job), places.companionAlternates(job)));
    }
}
