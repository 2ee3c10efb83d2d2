package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/** A term of policy language with its rendering and definition in each language. */
public record GlossaryTerm(String key, Localized<String> term, Localized<String> definition, List<String> aliases) {

    public GlossaryTerm {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
        aliases = List.copyOf(aliases);
    }
}
