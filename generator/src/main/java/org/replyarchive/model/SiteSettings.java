package org.replyarchive.model;

import java.util.List;
import java.util.Objects;
import org.replyarchive.config.Language;

/** The settings of {@code site.yaml}: title, description, languages (official first) and issuer. */
public record SiteSettings(
        Localized<String> title, Localized<String> description, List<Language> languages, Localized<String> issuer) {

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(issuer, "issuer");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages must name at least the official language");
        }
    }

    /**
     * The language of the official text: the first of {@code site.yaml}'s languages, and the one definition of it.
     * The others are translations.
     */
    public Language officialLanguage() {
        return languages.get(0);
    }
}
