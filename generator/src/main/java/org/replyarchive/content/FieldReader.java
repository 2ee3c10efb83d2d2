package org.replyarchive.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.replyarchive.model.Localized;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.problem.Suggestions;

/**
 * Reads typed fields out of one YAML mapping, adding a problem for every missing, empty, mistyped or unknown
 * key instead of stopping at the first. Per-mapping state; not shared between threads.
 */
final class FieldReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TODO = Pattern.compile("TODO\\b.*", Pattern.DOTALL);

    private final YamlNode.Mapping mapping;
    private final String where;
    private final Problems problems;

    /**
     * Reads {@code mapping}, reporting at once any key not in {@code knownKeys}.
     *
     * @param where how messages name this mapping, e.g. "the front matter" or "session 'cppcc-13-1'"
     */
    FieldReader(YamlNode.Mapping mapping, String where, Set<String> knownKeys, Problems problems) {
        this.mapping = mapping;
        this.where = where;
        this.problems = problems;
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!knownKeys.contains(entry.key())) {
                problems.error(
                        entry.keyPosition(),
                        "unknown key '" + entry.key() + "' in " + where,
                        Suggestions.didYouMean(entry.key(), knownKeys));
            }
        }
    }

    /** A reader for {@code node}, or empty after a problem when it is not a mapping. */
    static Optional<FieldReader> of(YamlNode node, String where, Set<String> knownKeys, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new FieldReader(m, where, knownKeys, problems));
        }
        problems.error(node.position(), where + " must be a mapping of keys to values, not " + node.kindName(),
                "write it as 'key: value' lines");
        return Optional.empty();
    }

    /** The position of the key's value, or of the mapping when the key is absent. */
    SourcePosition positionOf(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.position() : entry.value().position();
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    Optional<YamlNode> node(String key) {
        return Optional.ofNullable(mapping.entries().get(key)).map(YamlNode.Entry::value);
    }

    /** A required text; {@code example} shows what a right value looks like. */
    Optional<String> requiredText(String key, String example) {
        if (!has(key)) {
            problems.error(mapping.position(), where + " lacks the required key '" + key + "'",
                    "add '" + key + ": " + example + "'");
            return Optional.empty();
        }
        return text(key, example);
    }

    /** An optional text: empty when absent, a problem when present but not a non-empty text. */
    Optional<String> text(String key, String example) {
        return node(key).flatMap(node -> asText(node, key, example));
    }

    private Optional<String> asText(YamlNode node, String key, String example) {
        if (node instanceof YamlNode.Scalar s && isTodo(s)) {
            reportTodo(key, s);
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
            return Optional.of(s.value().strip());
        }
        problems.error(node.position(), "'" + key + "' must be a text, not " + node.kindName(),
                "write '" + key + ": " + example + "'");
        return Optional.empty();
    }

    /** Whether a value is the importer's mark for what a human must still fill in. */
    private static boolean isTodo(YamlNode.Scalar scalar) {
        return scalar.value() != null && TODO.matcher(scalar.value().strip()).matches();
    }

    /** A draft left half-filled by the importer must never be published: its TODOs are errors. */
    private void reportTodo(String key, YamlNode.Scalar scalar) {
        problems.error(scalar.position(), "'" + key + "' is still TODO",
                "write the value the import could not determine in place of TODO, from the reply's text or the"
                        + " registries (the comment on its line says what is wanted)");
    }

    /** A required whole number within {@code min}..{@code max}. */
    Optional<Integer> requiredInt(String key, int min, int max) {
        return requiredText(key, String.valueOf(min)).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below with the range
            }
            problems.error(positionOf(key), "'" + key + "' must be a whole number from " + min + " to " + max
                    + ", not '" + text + "'", "write for example '" + key + ": " + min + "'");
            return Optional.empty();
        });
    }

    /** A required ISO date. */
    Optional<LocalDate> requiredDate(String key) {
        return requiredText(key, "2023-05-17").flatMap(text -> {
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    problems.error(positionOf(key), "'" + key + "' is not a real date: '" + text + "'",
                            "write an existing date as YYYY-MM-DD, e.g. 2023-05-17");
                    return Optional.empty();
                }
            }
            problems.error(positionOf(key), "'" + key + "' is not a date in the form YYYY-MM-DD: '" + text + "'",
                    "write it as YYYY-MM-DD, e.g. 2023-05-17");
            return Optional.empty();
        });
    }

    /** A list of texts; an absent key gives an empty list, a single text is refused with a fix. */
    List<String> textList(String key) {
        return textItems(key).stream().map(item -> item.value().strip()).toList();
    }

    /** The texts of a list with their positions, after a problem for each item that is not a text. */
    private List<YamlNode.Scalar> textItems(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.value() == null) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            problems.error(node.get().position(), "'" + key + "' must be a list, not " + node.get().kindName(),
                    "write '" + key + ": [" + node.get().canonical() + "]'");
            return List.of();
        }
        List<YamlNode.Scalar> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && isTodo(s)) {
                reportTodo(key, s);
            } else if (item instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                items.add(s);
            } else {
                problems.error(item.position(), "each item of '" + key + "' must be a text, not " + item.kindName(),
                        "write '" + key + ": [first, second]'");
            }
        }
        return items;
    }

    /** A required mapping read by a nested reader. */
    Optional<FieldReader> requiredMapping(String key, Set<String> knownKeys, String example) {
        if (!has(key)) {
            problems.error(mapping.position(), where + " lacks the required key '" + key + "'",
                    "add '" + key + ":' with " + example);
            return Optional.empty();
        }
        return FieldReader.of(node(key).orElseThrow(), "'" + key + "'", knownKeys, problems);
    }

    /**
     * A text per language written as {@code {zh: …, en: …}}; {@code zh} is always required, {@code en}
     * only when {@code englishRequired}.
     */
    Optional<Localized<String>> requiredLocalized(String key, boolean englishRequired) {
        return requiredMapping(key, Set.of("zh", "en"), "zh: and en: values").flatMap(reader -> {
            Optional<String> zh = reader.requiredText("zh", "中文");
            Optional<String> en = englishRequired ? reader.requiredText("en", "English") : reader.text("en", "English");
            return zh.map(z -> new Localized<>(z, en.orElse(null)));
        });
    }

    /** An enumerated value given by its key, with the known keys suggested when it is not one of them. */
    <E> Optional<E> requiredChoice(String key, Map<String, E> choices) {
        return requiredText(key, choices.keySet().iterator().next()).flatMap(text -> choice(key, text, choices));
    }

    <E> Optional<E> choice(String key, String text, Map<String, E> choices) {
        E value = choices.get(text);
        if (value == null) {
            problems.error(positionOf(key), "'" + text + "' is not a known value of '" + key + "'",
                    "use one of: " + String.join(", ", choices.keySet()));
        }
        return Optional.ofNullable(value);
    }

    /**
     * Each text of a list resolved in a registry, with a problem at each item that names no entry. Keys in
     * {@code invalid} are written in the registry but failed its own checks, which were reported there.
     */
    <T> List<T> references(String key, Map<String, T> registry, Set<String> invalid, String registryName) {
        return textItems(key).stream()
                .map(item -> reference(key, item.value().strip(), item.position(), registry, invalid, registryName))
                .flatMap(Optional::stream)
                .toList();
    }

    /** One text resolved in a registry. */
    <T> Optional<T> reference(String key, String ref, Map<String, T> registry, Set<String> invalid,
            String registryName) {
        return reference(key, ref, positionOf(key), registry, invalid, registryName);
    }

    private <T> Optional<T> reference(String key, String ref, SourcePosition at, Map<String, T> registry,
            Set<String> invalid, String registryName) {
        T value = registry.get(ref);
        if (value == null && !invalid.contains(ref)) {
            problems.error(at, "unknown " + registryName + " '" + ref + "' in '" + key + "'",
                    Suggestions.didYouMean(ref, registry.keySet()) + " (defined in registry/"
                            + registryFile(registryName) + ")");
        }
        return Optional.ofNullable(value);
    }

    private static String registryFile(String registryName) {
        return Map.of("session", "sessions.yaml", "department", "departments.yaml", "proposer", "proposers.yaml",
                        "topic", "topics.yaml")
                .getOrDefault(registryName, registryName + "s.yaml");
    }

    /** Builds a lookup of enum constants by their key. */
    static <E extends Enum<E>> Map<String, E> keyed(E[] values, Function<E, String> key) {
        Map<String, E> map = new java.util.LinkedHashMap<>();
        for (E value : values) {
            map.put(key.apply(value), value);
        }
        return map;
    }
}
