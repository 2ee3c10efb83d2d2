package org.replyarchive.model;

import java.util.Objects;
import java.util.function.Function;
import org.replyarchive.config.Language;

/**
 * One value per language. The English value may be absent (null) where no translation exists; use
 * {@link #orOfficial(Language)} to fall back to the Chinese one.
 */
public record Localized<T>(T zh, T en) {

    public Localized {
        Objects.requireNonNull(zh, "zh must not be null");
    }

    /** The same value in every language, for text that is not translated (names as printed, numbers). */
    public static <T> Localized<T> same(T value) {
        return new Localized<>(value, value);
    }

    /** The value in {@code language}, or null when it has none. */
    public T get(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** The value in {@code language}, or the Chinese one when that language has none. */
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
