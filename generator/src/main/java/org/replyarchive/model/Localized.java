package org.replyarchive.model;

import java.util.Objects;
import java.util.function.Function;
import org.replyarchive.config.Language;

/**
 * One value per language: the official one, always present, and the translation, which may be absent (null)
 * where none exists; {@link #orOfficial(Language)} falls back to the official value.
 *
 * <p>The official value is the Chinese one: {@link #OFFICIAL} is the one language this model can hold as
 * official, and {@code site.yaml} is refused when its first language is another (SiteSettingsLoader says so at
 * the position of {@code languages}). Everything else asks {@code SiteSettings.officialLanguage()} or
 * {@code Reply.officialLanguage()}.
 */
public record Localized<T>(T zh, T en) {

    /** The language of the value every {@code Localized} has. */
    public static final Language OFFICIAL = Language.ZH;

    public Localized {
        Objects.requireNonNull(zh, "zh must not be null");
    }

    /** The official value and its translation. */
    public static <T> Localized<T> of(T official, T translation) {
        return new Localized<>(official, translation);
    }

    /** The same value in every language, for text that is not translated (names as printed, numbers). */
    public static <T> Localized<T> same(T value) {
        return new Localized<>(value, value);
    }

    /** The value in {@code language}, or null when it has none. */
    public T get(Language language) {
        return language == OFFICIAL ? zh : en;
    }

    /** The official value. */
    public T official() {
        return zh;
    }

    /** The value in {@code language}, or the official one when that language has none. */
    public T orOfficial(Language language) {
        T value = get(language);
        return value != null ? value : zh;
    }

    public boolean has(Language language) {
        return get(language) != null;
    }

    public <R> Localized<R> map(Function<T, R> mapper) {
        return new Localized<>(mapper.apply(zh), en == null ? null : mapper.apply(en));
    }
}
