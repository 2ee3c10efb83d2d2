package org.replyarchive.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads enumerated values ({@code kind: member}, {@code body: cppcc}) by their keys. */
final class Choices {

    private Choices() {}

    /** A lookup of enum constants by their key, in declaration order. */
    static <E extends Enum<E>> Map<String, E> keyed(E[] values, Function<E, String> key) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(key.apply(value), value);
        }
        return map;
    }

    /**
     * A required enumerated value, with the known keys suggested when it is not one of them. When the key is
     * missing, the fix lists every known value: nothing here says which one is meant.
     */
    static <E> Optional<E> required(FieldReader r, String key, Map<String, E> choices) {
        return required(r, key, choices, Optional.empty());
    }

    /**
     * A required enumerated value as {@link #required(FieldReader, String, Map)}, where {@code likely} is the
     * value that what is known around it points to (a session key's prefix names its body): a missing key
     * suggests that one.
     */
    static <E> Optional<E> required(FieldReader r, String key, Map<String, E> choices, Optional<String> likely) {
        if (!r.has(key)) {
            r.reportMissing(key, likely.map(value -> "add '" + key + ": " + value + "'")
                    .orElse("add '" + key + ":' with one of: " + String.join(", ", choices.keySet())));
            return Optional.empty();
        }
        return r.text(key, likely.orElse(choices.keySet().iterator().next())).flatMap(text -> of(r, key, text, choices));
    }

    /** The value whose key is {@code text}, or empty after a problem listing the known keys. */
    static <E> Optional<E> of(FieldReader r, String key, String text, Map<String, E> choices) {
        E value = choices.get(text);
        if (value == null) {
            r.reportAt(key, "'" + text + "' is not a known value of '" + key + "'",
                    "use one of: " + String.join(", ", choices.keySet()));
        }
        return Optional.ofNullable(value);
    }
}
