package org.replyarchive.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.feed.ListFeeds;
import org.replyarchive.feed.OpenDataSchemas;
import org.replyarchive.feed.StatisticsCsv;
import org.replyarchive.index.Group;
import org.replyarchive.index.SiteIndexes;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Site;
import org.replyarchive.output.OutputFile;
import org.replyarchive.render.UiStrings;
import org.replyarchive.route.Facet;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.stats.StatisticsCalculator;

/**
 * The files written from the whole archive's metadata beside its pages: the statistics CSV, every list's
 * Atom feed, each language's OPML list of feeds, and the schemas of the open data. Nothing here reads a body.
 */
final class HandlingFiles {

    private HandlingFiles() {}

    static List<OutputFile> write(Site site, List<Language> languages, UrlScheme urls, UiStrings ui) {
        List<OutputFile> files = new ArrayList<>();
        files.add(new StatisticsCsv(urls).write(StatisticsCalculator.of(site)));
        files.addAll(new ListFeeds(urls, titles(site, ui)).write(site, SiteIndexes.of(site), languages));
        OpenDataSchemas.NAMES.forEach(name -> files.add(new OutputFile(urls.schema(name), OpenDataSchemas.bytes(name))));
        return files;
    }

    private static ListFeeds.Titles titles(Site site, UiStrings ui) {
        return new ListFeeds.Titles() {
            @Override
            public String list(Language language, Facet facet, Group group) {
                String name = facet == Facet.KIND
                        ? ui.kind(language, ProposalKind.fromKey(group.key()).orElseThrow())
                        : group.label().orOfficial(language);
                return ui.text(language, "feed_list_title").replace("{name}", name)
                        .replace("{site}", site.settings().title().orOfficial(language));
            }

            @Override
            public String opml(Language language) {
                return ui.text(language, "feeds_opml_title")
                        .replace("{site}", site.settings().title().orOfficial(language));
            }
        };
    }
}
