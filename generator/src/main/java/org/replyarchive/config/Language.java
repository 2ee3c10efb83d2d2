package org.replyarchive.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the archive may be published in. Which one is official is not a property of the language but of
 * the archive: the first of {@code site.yaml}'s languages ({@code SiteSettings.officialLanguage()}).
 */
public enum Language {
    ZH("zh", "zh-Hans", Locale.SIMPLIFIED_CHINESE),
    EN("en", "en", Locale.UK);

    private final String code;
    private final String htmlLang;
    private final Locale locale;

    Language(String code, String htmlLang, Locale locale) {
        this.code = code;
        this.htmlLang = htmlLang;
        this.locale = locale;
    }

    /** The code used in file names and URLs: {@code zh}, {@code en}. */
    public String code() {
        return code;
    }

    /** The BCP 47 tag for {@code lang} and {@code hreflang} attributes. */
    public String htmlLang() {
        return htmlLang;
    }

    /** The locale for collation of names in this language. */
    public Locale locale() {
        return locale;
    }

    /** The language whose code is {@code code}, if there is one. */
    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** The known codes, for error messages. */
    public static String knownCodes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}
