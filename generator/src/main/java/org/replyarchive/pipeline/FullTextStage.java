package org.replyarchive.pipeline;

import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.feed.FullTextRecord;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.model.TextSource;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.output.StreamedFile;
import org.replyarchive.route.UrlScheme;

/**
 * Writes {@code data/replies.<lang>.jsonl}, one line per reply, reading each reply's texts and letting them go
 * before the next: the file is never held in memory. A file whose inputs — every line's metadata and the
 * digests of the texts — are unchanged since the cached build is taken over without reading a body.
 */
final class FullTextStage {

    /** Replies whose lines are made at once. */
    private static final int CHUNK = 64;

    private final UrlScheme urls;
    private final FullTextRecord records;
    private final TextSource texts;
    private final MarkdownRenderer markdown;

    FullTextStage(UrlScheme urls, TextSource texts, MarkdownRenderer markdown) {
        this.urls = urls;
        this.records = new FullTextRecord(urls);
        this.texts = texts;
        this.markdown = markdown;
    }

    /** Writes or takes over the file of each language; returns how many files there are. */
    int write(Site site, List<Language> languages, BuildCache cache, StagingOutput staging) {
        for (Language language : languages) {
            String path = urls.fullText(language);
            if (cache.isEnabled() && cache.isUnchanged(path, fingerprint(site, language))) {
                staging.reuse(path);
                continue;
            }
            try (StreamedFile file = StreamedFile.open(staging, path)) {
                List<Reply> replies = site.replies();
                // Lines are made on every core a chunk at a time and written in order: the file is the same,
                // and only a chunk's texts are held at once.
                for (int from = 0; from < replies.size(); from += CHUNK) {
                    List<String> lines = replies.subList(from, Math.min(from + CHUNK, replies.size()))
                            .parallelStream().map(reply -> line(reply, language)).toList();
                    lines.forEach(file::line);
                }
            }
        }
        return languages.size();
    }

    private String line(Reply reply, Language language) {
        return records.line(reply, language, text(reply, reply.texts().get(language)),
                reply.documents().stream().map(d -> text(reply, d.texts().get(language))).toList());
    }

    /** The plain text published in full, or null: a withheld or untranslated text has none. */
    private String text(Reply reply, ReplyText text) {
        if (reply.disclosure() != Disclosure.FULL || text == null) {
            return null;
        }
        return markdown.plainText(texts.markdown(text));
    }

    private String fingerprint(Site site, Language language) {
        String[] parts = new String[site.replies().size() + 1];
        parts[0] = EngineVersion.CURRENT;
        for (int i = 0; i < site.replies().size(); i++) {
            Reply reply = site.replies().get(i);
            StringBuilder digests = new StringBuilder();
            ReplyText own = reply.texts().get(language);
            digests.append(own == null ? "-" : own.digest());
            reply.documents().forEach(d -> digests.append(' ').append(
                    d.texts().containsKey(language) ? d.texts().get(language).digest() : "-"));
            parts[i + 1] = records.line(reply, language, null, reply.documents().stream().map(d -> (String) null)
                    .toList()) + digests;
        }
        return BuildCache.fingerprint(parts);
    }
}
