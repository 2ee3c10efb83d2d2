package org.replyarchive.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The published text of a reply in one language, as the archive-wide model holds it: where it is and a digest
 * of it, not the text itself. A body is read again when its page is rendered and dropped after (see
 * {@link TextSource}), so that the memory a build needs does not grow with the volume of text.
 *
 * @param path the file, relative to the content folder
 * @param firstBodyLine the 1-based line of the file where the body starts
 * @param digest a digest of the published Markdown, which changes whenever the text does: what fingerprints of
 *     pages and search documents are made from
 * @param inline the published Markdown itself when it is not the file's body: the summary of a {@code summary}
 *     reply, nothing for a {@code title-only} one; empty when the body of the file is published
 * @param translatedFrom for a translation, the official text it records being translated from, if stamped
 * @param termExceptions for a translation, the glossary keys its translator deliberately renders otherwise
 *     ({@code terminology_exceptions:}), which the terminology check leaves alone
 */
public record ReplyText(String path, int firstBodyLine, String digest, Optional<String> inline,
        Optional<TranslationStamp> translatedFrom, List<String> termExceptions) {

    public ReplyText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(inline, "inline");
        Objects.requireNonNull(translatedFrom, "translatedFrom");
        // Glossary keys, the same few in thousands of translations: one copy of each, not one per text.
        termExceptions = termExceptions.stream().map(key -> Objects.requireNonNull(key, "termExceptions").intern())
                .toList();
    }

    /** A text with no translation stamp and no terminology exceptions: an official text. */
    public ReplyText(String path, int firstBodyLine, String digest, Optional<String> inline) {
        this(path, firstBodyLine, digest, inline, Optional.empty(), List.of());
    }

    /** Whether the published text is the body of the file, to be read from it when needed. */
    public boolean isBody() {
        return inline.isEmpty();
    }

    /**
     * Whether this translation records an official text other than {@code official}: the official text changed
     * after it was translated. False when the translation is not stamped, since then nothing is known.
     */
    public boolean isOutdatedAgainst(ReplyText official) {
        return translatedFrom.isPresent() && !translatedFrom.get().text().equals(official.digest());
    }
}
