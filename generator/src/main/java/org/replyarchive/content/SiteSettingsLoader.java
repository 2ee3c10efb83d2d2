package org.replyarchive.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.replyarchive.config.Language;
import org.replyarchive.model.Localized;
import org.replyarchive.model.SiteContacts;
import org.replyarchive.model.SiteSettings;
import org.replyarchive.problem.Problems;

/** Loads {@code site.yaml}: title, description, languages (official first), issuer and the optional contacts. */
final class SiteSettingsLoader {

    static final String PATH = "site.yaml";

    private SiteSettingsLoader() {}

    static Optional<SiteSettings> load(Path contentDirectory, Problems problems) {
        return YamlFiles.read(contentDirectory, PATH, true, problems)
                .flatMap(node -> FieldReader.of(node, PATH, Set.of("title", "description", "languages", "issuer",
                        "licence", "organizer", "contact", "site_code", "icp", "emblem", "report_error",
                        PersonalDataCheck.ALLOW_KEY),
                        problems))
                .flatMap(r -> {
                    Optional<Localized<String>> title = r.requiredLocalized("title");
                    Optional<Localized<String>> description = r.requiredLocalized("description");
                    Optional<Localized<String>> issuer = r.requiredLocalized("issuer");
                    List<Language> languages = languages(r, problems);
                    // The terms the open data is published under, shown on the data page; optional.
                    Optional<Localized<String>> licence = r.has("licence") ? r.requiredLocalized("licence")
                            : Optional.empty();
                    r.textList(PersonalDataCheck.ALLOW_KEY); // read by the personal-data check; here only its type
                    if (title.isEmpty() || description.isEmpty() || issuer.isEmpty() || languages.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new SiteSettings(title.get(), description.get(), languages, issuer.get(),
                            contacts(r), licence));
                });
    }

    /** The optional masthead and footer details; what is absent stays null. */
    private static SiteContacts contacts(FieldReader r) {
        return new SiteContacts(r.optionalLocalized("organizer").orElse(null),
                r.optionalLocalized("contact").orElse(null), r.text("site_code", "2200000001").orElse(null),
                r.text("icp", "吉ICP备05002121号").orElse(null), r.text("emblem", "emblem.png").orElse(null),
                r.text("report_error", "https://www.jl.gov.cn/jiucuo/").orElse(null));
    }

    private static List<Language> languages(FieldReader r, Problems problems) {
        List<Language> languages = new ArrayList<>();
        for (String code : r.textList("languages")) {
            Optional<Language> language = Language.fromCode(code);
            if (language.isEmpty()) {
                problems.error(r.positionOf("languages"), "'" + code + "' is not a language the generator knows",
                        "use " + Language.knownCodes());
            } else if (!languages.contains(language.get())) {
                languages.add(language.get());
            }
        }
        if (languages.isEmpty() && !r.has("languages")) {
            problems.error(r.positionOf("languages"), PATH + " lacks the required key 'languages'",
                    "add 'languages: [zh, en]' (the first is the language of the official text)");
        }
        if (!languages.isEmpty() && languages.get(0) != Localized.OFFICIAL) {
            problems.error(r.positionOf("languages"), "the official language is '" + languages.get(0).code()
                    + "', but the generator publishes official texts in " + Localized.OFFICIAL.code()
                    + " only: registries, replies and the fidelity check hold the official text in Chinese,"
                    + " the other language as its translation", "list " + Localized.OFFICIAL.code() + " first: "
                    + "'languages: [" + Localized.OFFICIAL.code() + ", " + languages.get(0).code() + "]'");
            return List.of();
        }
        return languages;
    }
}
