package org.replyarchive.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.replyarchive.config.Language;
import org.replyarchive.problem.InvalidRequestException;

/**
 * The settings of {@code site.yaml}: title, description, languages (official first), issuer, the optional
 * masthead and footer details of a government site, and the optional licence of the open data.
 */
public record SiteSettings(
        Localized<String> title, Localized<String> description, List<Language> languages, Localized<String> issuer,
        SiteContacts contacts, java.util.Optional<Localized<String>> licence) {

    /** Settings without masthead or footer details, nor a licence line for the open data. */
    public SiteSettings(Localized<String> title, Localized<String> description, List<Language> languages,
            Localized<String> issuer) {
        this(title, description, languages, issuer, SiteContacts.NONE, java.util.Optional.empty());
    }

    /** Settings with masthead and footer details but no licence line for the open data. */
    public SiteSettings(Localized<String> title, Localized<String> description, List<Language> languages,
            Localized<String> issuer, SiteContacts contacts) {
        this(title, description, languages, issuer, contacts, java.util.Optional.empty());
    }

    /** Settings with a licence line for the open data but no masthead or footer details. */
    public SiteSettings(Localized<String> title, Localized<String> description, List<Language> languages,
            Localized<String> issuer, java.util.Optional<Localized<String>> licence) {
        this(title, description, languages, issuer, SiteContacts.NONE, licence);
    }

    public SiteSettings {
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(contacts, "contacts");
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

    /**
     * The languages a build makes pages in, given those {@code requested} (empty for all): only languages of
     * {@code site.yaml}, the official one always first, the others in the order requested.
     *
     * @throws InvalidRequestException when a requested language is not one of {@code site.yaml}, or the official
     *     language is left out: every translated page links its original
     */
    public List<Language> languagesToBuild(List<Language> requested) {
        if (requested.isEmpty()) {
            return languages;
        }
        for (Language language : requested) {
            if (!languages.contains(language)) {
                throw new InvalidRequestException("languages: '" + language.code() + "' is not a language of"
                        + " site.yaml — choose among " + codes(languages));
            }
        }
        if (!requested.contains(officialLanguage())) {
            throw new InvalidRequestException("languages: " + codes(requested) + " leaves out " + officialLanguage().code()
                    + ", the official language (the first of site.yaml) — add it: every translation links its original");
        }
        List<Language> built = new ArrayList<>(List.of(officialLanguage()));
        requested.stream().filter(l -> l != officialLanguage()).forEach(built::add);
        return List.copyOf(built);
    }

    private static String codes(List<Language> languages) {
        return String.join(",", languages.stream().map(Language::code).toList());
    }
}
