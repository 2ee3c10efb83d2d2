package org.replyarchive.pipeline;

import java.util.List;
import org.replyarchive.config.Language;
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
 * Writes {@code data/replies.<lang>.jsonl}, one line per reply, joining the lines the reply pages made as they
 * were rendered ({@link FullTextLines}): the file is never held in memory, and no body is read again. A line no
 * page made (its page was taken over from a build that kept no line) is made here from its texts. A file whose
 * lines are all unchanged since the cached build is taken over whole.
 */
final class FullTextStage {

    private final UrlScheme urls;
    private final FullTextLines lines;
    private final TextSource texts;
    private final MarkdownRenderer markdown;

    FullTextStage(UrlScheme urls, FullTextLines lines, TextSource texts, MarkdownRenderer markdown) {
        this.urls = urls;
        this.lines = lines;
        this.texts = texts;
        this.markdown = markdown;
    }

    /** Writes or takes over the file of each language; returns how many files there are. */
    int write(Site site, List<Language> languages, BuildCache cache, StagingOutput staging) {
        for (Language language : languages) {
            String path = urls.fullText(language);
            List<String> keys = site.replies().stream().map(r -> lines.key(r, language)).toList();
            if (cache.isEnabled() && cache.isUnchanged(path, BuildCache.fingerprint(keys.toArray(String[]::new)))) {
                staging.reuse(path);
                continue;
            }
            try (StreamedFile file = StreamedFile.open(staging, path)) {
                for (int i = 0; i < keys.size(); i++) {
                    Reply reply = site.replies().get(i);
                    file.line(lines.stored(keys.get(i)).orElseGet(() -> made(reply, language)));
                }
            }
        }
        lines.retainUsed();
        return languages.size();
    }

    private String made(Reply reply, Language language) {
        return lines.store(reply, language, text(reply, reply.texts().get(language), language),
                reply.documents().stream().map(d -> text(reply, d.texts().get(language), language)).toList());
    }

    /**
     * The plain text published in full, or null: a withheld or untranslated text has none. Rendered as the page
     * renders it, so that the line is the one the page would have made.
     */
    private String text(Reply reply, ReplyText text, Language language) {
        if (reply.disclosure() != Disclosure.FULL || text == null) {
            return null;
        }
        return markdown.render(texts.markdown(text), language).text();
    }
}
