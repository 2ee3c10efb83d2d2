package org.replyarchive.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.content.TextBlocks;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.TextSource;
import org.replyarchive.model.TranslationStamp;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Severity;
import org.replyarchive.problem.SourcePosition;

/**
 * Finds translations whose official text changed after they were stamped ({@code translated_from:}), and names
 * the blocks of the official text that changed, so the translator knows what to translate again. Only the
 * official texts of outdated translations are read: the digests in the model tell which those are.
 */
public final class TranslationDriftChecker {

    private final TextSource texts;
    private final Severity severity;

    /** A checker reading bodies from {@code texts}; {@code severity} is an error for {@code check}, a warning in builds. */
    public TranslationDriftChecker(TextSource texts, Severity severity) {
        this.texts = texts;
        this.severity = severity;
    }

    /** A problem for each stamped translation whose official text is no longer the one it was translated from. */
    public List<Problem> check(List<Reply> replies) {
        List<Problem> problems = new ArrayList<>();
        for (Reply reply : replies) {
            ReplyText official = reply.texts().get(reply.officialLanguage());
            for (Map.Entry<Language, ReplyText> entry : reply.texts().entrySet()) {
                if (entry.getKey() != reply.officialLanguage() && entry.getValue().isOutdatedAgainst(official)) {
                    problems.add(drift(reply, official, entry.getValue()));
                }
            }
        }
        return problems;
    }

    private Problem drift(Reply reply, ReplyText official, ReplyText translation) {
        TranslationStamp stamp = translation.translatedFrom().orElseThrow();
        List<TextBlocks.Block> now = official.isBody()
                ? TextBlocks.of(texts.markdown(official), official.firstBodyLine()) : List.of();
        List<String> changed = new ArrayList<>();
        int firstChanged = -1;
        for (int i = 0; i < Math.max(now.size(), stamp.blocks().size()); i++) {
            if (i >= now.size()) {
                changed.add("block " + (i + 1) + " (removed)");
            } else if (i >= stamp.blocks().size() || !stamp.blocks().get(i).equals(TextBlocks.hash(now.get(i)))) {
                changed.add("block " + (i + 1) + " (" + official.path() + ":" + now.get(i).line() + ")");
            } else {
                continue;
            }
            firstChanged = firstChanged < 0 ? i : firstChanged;
        }
        String what = changed.isEmpty() ? "only in spacing or line breaks" : "in " + String.join(", ", changed);
        SourcePosition at = position(translation, firstChanged);
        String message = "the official text changed since this translation was stamped, " + what;
        String fix = "translate the changed blocks again, then stamp the translation: mvn -pl site"
                + " reply-archive:stamp -Dreply-archive.reply=" + reply.id();
        return severity == Severity.ERROR ? Problem.error(at, message, fix) : Problem.warning(at, message, fix);
    }

    /** The translation's block that renders the first changed one, where the translator has to start. */
    private SourcePosition position(ReplyText translation, int block) {
        if (block >= 0 && translation.isBody()) {
            List<TextBlocks.Block> blocks = TextBlocks.of(texts.markdown(translation), translation.firstBodyLine());
            if (block < blocks.size()) {
                return new SourcePosition(translation.path(), blocks.get(block).line(), 1);
            }
        }
        return new SourcePosition(translation.path(), translation.firstBodyLine(), 1);
    }
}
