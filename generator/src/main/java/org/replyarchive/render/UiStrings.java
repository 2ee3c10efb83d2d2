package org.replyarchive.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.problem.ContentProblemsException;

/**
 * The words of the interface per language ("Document number", "发文字号"): the default theme's
 * {@code i18n/<lang>.yaml}, each text replaced by the site theme's where its file has the key. Templates hold
 * no words of their own. Immutable; shared by the rendering threads.
 */
public final class UiStrings {

    /** The key of the date pattern, a {@link DateTimeFormatter} pattern read in the language's locale. */
    static final String DATE_FORMAT = "date_format";

    private final Map<Language, Map<String, String>> texts;
    private final Map<Language, DateTimeFormatter> dates;

    UiStrings(Map<Language, Map<String, String>> texts) {
        this.texts = new EnumMap<>(Language.class);
        this.dates = new EnumMap<>(Language.class);
        texts.forEach((language, byKey) -> {
            this.texts.put(language, Map.copyOf(byKey));
            dates.put(language, DateTimeFormatter.ofPattern(byKey.get(DATE_FORMAT), language.locale()));
        });
    }

    /**
     * The merged strings of {@code languages}.
     *
     * @throws ContentProblemsException when a site theme's i18n file has an unknown key, a value that is no
     *     text, a text without the placeholders of the default one, a bad date pattern, or is not YAML
     */
    public static UiStrings load(Theme theme, List<Language> languages) {
        return new UiStringsLoader(theme).load(languages);
    }

    /** Every string of {@code language} by key. */
    public Map<String, String> all(Language language) {
        return texts.get(language);
    }

    /** The text of {@code key}; every key asked for by the engine is in the default theme (a test checks). */
    public String text(Language language, String key) {
        String value = texts.get(language).get(key);
        if (value == null) {
            throw new IllegalStateException("The default theme's i18n/" + language.code() + ".yaml lacks '" + key
                    + "'");
        }
        return value;
    }

    /** The text of {@code key} in each language this theme was loaded for. */
    public Map<Language, String> textByLanguage(String key) {
        Map<Language, String> byLanguage = new java.util.EnumMap<>(Language.class);
        texts.keySet().forEach(language -> byLanguage.put(language, text(language, key)));
        return byLanguage;
    }

    /** The name of a proposal kind in {@code language}. */
    public String kind(Language language, ProposalKind kind) {
        return text(language, UiKeys.kind(kind));
    }

    /** {@code date} as the theme writes it in {@code language}. */
    public String date(Language language, LocalDate date) {
        return dates.get(language).format(date);
    }
}
