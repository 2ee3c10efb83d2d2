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
    }
}
