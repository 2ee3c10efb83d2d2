package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/**
 * A term of policy language with its rendering and definition in each language.
 *
 * @param aliases other Chinese forms of the term (quoted, shortened), found in official texts like the term
 * @param englishVariants other English renderings a translation may use for the term, besides {@code term.en}
 */
public record GlossaryTerm(String key, Localized<String> term, Localized<String> definition, List<String> aliases,
        List<String> englishVariants) {

    public GlossaryTerm {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
        aliases = List.copyOf(aliases);
        englishVariants = List.copyOf(englishVariants);
    }

    /** A term without English variants. */
    public GlossaryTerm(String key, Localized<String> term, Localized<String> definition, List<String> aliases) {
        this(key, term, definition, aliases, List.of());
    }
}
