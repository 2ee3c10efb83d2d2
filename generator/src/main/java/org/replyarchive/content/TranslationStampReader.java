package org.replyarchive.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyarchive.model.TranslationStamp;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.Suggestions;

/**
 * Reads what a translation records of its origin: {@code translated_from: {text: …, blocks: […]}}, written by
 * {@code reply-archive:stamp}, and {@code terminology_exceptions: [glossary keys]}.
 */
final class TranslationStampReader {

    static final String STAMP_KEY = "translated_from";
    static final String EXCEPTIONS_KEY = "terminology_exceptions";

    private static final Pattern TEXT_DIGEST = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern BLOCK_HASH = Pattern.compile("[0-9a-f]{8}");
    private static final String RESTAMP = "write it again with 'mvn -pl site reply-archive:stamp"
            + " -Dreply-archive.reply=<year>/<slug>' once the translation renders the official text";

    private final Problems problems;
    private final Set<String> glossaryKeys;

    TranslationStampReader(Problems problems, Set<String> glossaryKeys) {
        this.problems = problems;
        this.glossaryKeys = glossaryKeys;
    }

    Optional<TranslationStamp> stamp(FieldReader translation) {
        return translation.node(STAMP_KEY)
                .flatMap(node -> FieldReader.of(node, "'" + STAMP_KEY + "'", Set.of("text", "blocks"), problems))
                .flatMap(this::stampFields);
    }

    private Optional<TranslationStamp> stampFields(FieldReader r) {
        Optional<String> text = r.requiredText("text", "the digest of the official text");
        boolean valid = text.isPresent();
        if (text.isPresent() && !TEXT_DIGEST.matcher(text.get()).matches()) {
            r.reportAt("text", "'" + STAMP_KEY + ".text' must be 32 hex digits, not '" + text.get() + "'", RESTAMP);
            valid = false;
        }
        if (!r.has("blocks")) {
            r.reportMissing("blocks", RESTAMP);
            return Optional.empty();
        }
        List<String> blocks = new ArrayList<>();
        for (YamlNode.Scalar item : r.textItems("blocks")) {
            String hash = item.value().strip();
            if (!BLOCK_HASH.matcher(hash).matches()) {
                problems.error(item.position(), "a block hash of '" + STAMP_KEY + "' must be 8 hex digits, not '"
                        + hash + "'", RESTAMP);
                valid = false;
            }
            blocks.add(hash);
        }
        return valid ? text.map(t -> new TranslationStamp(t, blocks)) : Optional.empty();
    }

    /** The glossary keys of {@code terminology_exceptions}; an unknown key is an error at its place. */
    List<String> exceptions(FieldReader translation) {
        List<String> keys = new ArrayList<>();
        for (YamlNode.Scalar item : translation.textItems(EXCEPTIONS_KEY)) {
            String key = item.value().strip();
            if (glossaryKeys.contains(key)) {
                keys.add(key);
            } else {
                problems.error(item.position(), "'" + key + "' in '" + EXCEPTIONS_KEY + "' is not a key of"
                        + " glossary.yaml", Suggestions.didYouMean(key, glossaryKeys));
            }
        }
        return keys;
    }
}
