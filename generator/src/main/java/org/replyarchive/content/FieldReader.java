package org.replyarchive.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyarchive.draft.FrontMatterText;
import org.replyarchive.model.Localized;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.problem.Suggestions;

/**
 * Reads typed fields out of one YAML mapping, adding a problem for every missing, empty, mistyped or unknown
 * key instead of stopping at the first. Per-mapping state; not shared between threads.
 */
final class FieldReader {

    private static final Pattern TODO = Pattern.compile(Pattern.quote(FrontMatterText.TODO) + "\\b.*", Pattern.DOTALL);

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

    /** Reports that the required {@code key} is absent, at the mapping, with {@code fix}. */
    void reportMissing(String key, String fix) {
        problems.error(mapping.position(), where + " lacks the required key '" + key + "'", fix);
    }

    /** Reports {@code message} at the value of {@code key}. */
    void reportAt(String key, String message, String fix) {
        problems.error(positionOf(key), message, fix);
    }

    /** A required text; {@code example} shows what a right value looks like. */
    Optional<String> requiredText(String key, String example) {
        if (!has(key)) {
            reportMissing(key, "add '" + key + ": " + example + "'");
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

    /** A list of texts; an absent key gives an empty list, a single text is refused with a fix. */
    List<String> textList(String key) {
        return textItems(key).stream().map(item -> item.value().strip()).toList();
    }

    /** The texts of a list with their positions, after a problem for each item that is not a text. */
    List<YamlNode.Scalar> textItems(String key) {
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
            reportMissing(key, "add '" + key + ":' with " + example);
            return Optional.empty();
        }
        return FieldReader.of(node(key).orElseThrow(), "'" + key + "'", knownKeys, problems);
    }

    /** A text in both languages, written as {@code {zh: …, en: …}}. */
    Optional<Localized<String>> requiredLocalized(String key) {
        return requiredMapping(key, Set.of("zh", "en"), "zh: and en: values").flatMap(reader -> {
            Optional<String> zh = reader.requiredText("zh", "中文");
            Optional<String> en = reader.requiredText("en", "English");
            // A missing English value is reported above; the entry still resolves, so references to it are
            // not reported as unknown as well.
            return zh.map(z -> new Localized<>(z, en.orElse(null)));
        });
    }

    /** A text in both languages that may be absent: empty then, with no problem. */
    Optional<Localized<String>> optionalLocalized(String key) {
        return has(key) ? requiredLocalized(key) : Optional.empty();
    }
}
