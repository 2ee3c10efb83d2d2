package org.replyarchive.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.content.BodyReader;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.content.TextBlocks;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.model.TranslationStamp;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.Suggestions;

/**
 * Records in a reply's translations that they render its official text as it is now: the translator's
 * statement, made after translating, that the translation is up to date. Writes {@code translated_from:} into
 * each translation's front matter and nothing else.
 *
 * <pre>{@code
 * List<String> stamped = TranslationStamper.stamp(Path.of("content"), "2023/2023D51");
 * }</pre>
 */
public final class TranslationStamper {

    private TranslationStamper() {}

    /**
     * Stamps the translations of the reply {@code replyId} ({@code <year>/<slug>}).
     *
     * @return the paths of the translation files written, relative to the content folder
     * @throws org.replyarchive.problem.ContentProblemsException when the content has errors
     * @throws InvalidRequestException when there is no such reply, or it has no translation to stamp
     */
    public static List<String> stamp(Path contentDirectory, String replyId) {
        Site site = new ContentLoader(new Problems()).load(contentDirectory);
        Reply reply = site.replies().stream().filter(r -> r.id().equals(replyId)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("there is no reply '" + replyId + "' — "
                        + Suggestions.didYouMean(replyId, site.replies().stream().map(Reply::id).toList())));
        BodyReader bodies = new BodyReader(contentDirectory);
        ReplyText official = reply.texts().get(reply.officialLanguage());
        List<String> written = new ArrayList<>();
        for (Map.Entry<Language, ReplyText> entry : reply.texts().entrySet()) {
            if (entry.getKey() != reply.officialLanguage() && entry.getValue().isBody() && official.isBody()) {
                TranslationStamp stamp = new TranslationStamp(official.digest(),
                        TextBlocks.hashes(bodies.markdown(official)));
                rewrite(contentDirectory.resolve(entry.getValue().path()), stamp);
                written.add(entry.getValue().path());
            }
        }
        if (written.isEmpty()) {
            throw new InvalidRequestException("the reply '" + replyId + "' has no translated body to stamp — write"
                    + " its translation first; a summary or title-only reply publishes no body");
        }
        return written;
    }

    private static void rewrite(Path file, TranslationStamp stamp) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, StampText.write(text, stamp), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stamp " + file, e);
        }
    }
}
