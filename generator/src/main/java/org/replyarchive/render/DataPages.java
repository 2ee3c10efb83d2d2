package org.replyarchive.render;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.feed.OpenDataSchemas;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.DataParts.DataField;
import org.replyarchive.render.view.DataParts.DataFile;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.render.view.Parts.Link;
import org.replyarchive.route.UrlScheme;

/**
 * The page of each language that documents the open data, field by field, from the files' own schemas, with
 * the licence line of {@code site.yaml}.
 */
final class DataPages {

    private final Site site;
    private final UrlScheme urls;
    private final FrameMaker frames;

    DataPages(Site site, UrlScheme urls, FrameMaker frames) {
        this.site = site;
        this.urls = urls;
        this.frames = frames;
    }

    void plan(Language language, List<PageJob> jobs) {
        jobs.add(new PageJob(urls.data(language), "data.ftlh", () -> page(language), frames.alternates(urls::data)));
    }

    private PageModel.DataPage page(Language language) {
        Frame frame = frames.frame(language, "data", text(language, "data_title"),
                text(language, "data_description"), urls::data, List.of());
        List<Link> fullTexts = new ArrayList<>();
        frames.languages().forEach(l -> fullTexts.add(new Link(urls.fullText(l).substring("data/".length()),
                urls.fullText(l))));
        List<DataFile> files = List.of(
                file(language, "replies.json", "data_replies_json", List.of(new Link("replies.json",
                        urls.openDataJson()))),
                file(language, "replies.csv", "data_replies_csv", List.of(new Link("replies.csv", urls.openDataCsv()))),
                file(language, "replies.jsonl", "data_replies_jsonl", fullTexts),
                file(language, "statistics.csv", "data_statistics_csv", List.of(new Link("statistics.csv",
                        urls.openDataStatistics()))));
        return new PageModel.DataPage(frame, files,
                site.settings().licence().map(l -> l.orOfficial(language)).orElse(null));
    }

    private DataFile file(Language language, String name, String key, List<Link> downloads) {
        List<DataField> fields = OpenDataSchemas.fields(name).stream()
                .map(f -> new DataField(f.name(), f.type(), f.description()))
                .toList();
        // The schemas describe their fields in English, which the page says by its lang attribute.
        return new DataFile(name.replace('.', '-'), name, text(language, key), downloads, urls.schema(name), fields,
                language == Language.EN ? null : Language.EN.htmlLang());
    }

    private String text(Language language, String key) {
        return frames.text(language, key);
    }
}
