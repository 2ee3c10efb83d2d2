package org.replyarchive.feed;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.index.Group;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.model.Site;
import org.replyarchive.output.OutputFile;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;

/**
 * Writes an Atom feed for every list — each session, year, proposer, department, topic and kind — at
 * {@code …/<key>/feed.xml}, and per language {@code feeds.opml}, which lists the language's feed and every list's.
 */
public final class ListFeeds {

    /** The words of feeds, which the theme gives: a list feed's title and the OPML file's. */
    public interface Titles {

        /** The title of the feed of {@code group} of {@code facet}. */
        String list(Language language, Facet facet, Group group);

        /** The title of the OPML list of a language's feeds. */
        String opml(Language language);
    }

    private final UrlScheme urls;
    private final AtomWriter atom;
    private final Titles titles;

    public ListFeeds(UrlScheme urls, Titles titles) {
        this.urls = urls;
        this.atom = new AtomWriter(urls);
        this.titles = titles;
    }

    public List<OutputFile> write(Site site, SiteIndexes indexes, List<Language> languages) {
        List<OutputFile> files = new ArrayList<>();
        for (Language language : languages) {
            List<Opml.Outline> outlines = new ArrayList<>();
            outlines.add(new Opml.Outline(site.settings().title().orOfficial(language),
                    urls.absolute(urls.feed(language)), urls.absolute(urls.home(language))));
            for (Facet facet : Facet.values()) {
                for (Group group : indexes.groups(facet, language)) {
                    String path = urls.groupFeed(language, facet, group.key());
                    String title = titles.list(language, facet, group);
                    String page = urls.group(language, facet, group.key(), 1);
                    files.add(atom.write(site, language, path, title, page, group.replies()));
                    outlines.add(new Opml.Outline(title, urls.absolute(path), urls.absolute(page)));
                }
            }
            files.add(OutputFile.text(urls.feedList(language),
                    Opml.write(titles.opml(language), language, outlines)));
        }
        return files;
    }
}
