package org.replyarchive.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.replyarchive.config.Language;

/**
 * A document of a case other than the reply: an interim reply, a co-handling opinion, a second reply or a
 * follow-up, with its own date and 文号. Like a {@link Reply} it holds where its texts are, never the texts.
 *
 * @param suffix the suffix of its file, unique in the case: {@code interim}, {@code co-jl-jyt} …
 * @param department the co-handling department whose opinion it is; empty for other kinds
 * @param title its own title where one is written, else empty (the page names it by its kind)
 * @param texts the published text per language; the official language's always present
 */
public record CaseDocument(String suffix, DocumentKind kind, Optional<Department> department, String docNumber,
        LocalDate date, Optional<Localized<String>> title, Map<Language, ReplyText> texts) {

    public CaseDocument {
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        texts = texts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    public boolean isWrittenIn(Language language) {
        return texts.containsKey(language);
    }
}
