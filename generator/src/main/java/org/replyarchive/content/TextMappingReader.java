package org.replyarchive.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Reads a YAML file that is a flat mapping of key to text, such as a theme's {@code i18n/<lang>.yaml}, with
 * the position of every key, so that a caller can report a wrong key where it is written. The file is read
 * as strictly as the content: UTF-8, no key twice, each value a text.
 */
public final class TextMappingReader {

    /** A key, its text and where the key is written. */
    public record Entry(String key, String text, SourcePosition position) {}

    private TextMappingReader() {}

    /**
     * The entries of the mapping in {@code bytes}, in the order written.
     *
     * @param path the file's path for problems, as the reader of the message knows it ({@code i18n/en.yaml})
     * @return empty after adding a problem when the file is not UTF-8, not YAML or not a mapping; an entry
     *     whose value is not a text is left out after a problem at its key
     */
    public static Optional<List<Entry>> read(byte[] bytes, String path, Problems problems) {
        Optional<YamlNode> root = TextFiles.decodeUtf8(bytes, path, problems)
                .flatMap(text -> YamlParser.parse(text, path, 1, problems));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            problems.error(root.get().position(), "the file is " + root.get().kindName() + ", not a mapping",
                    "write one 'key: text' per line");
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            text(entry, problems).ifPresent(text -> entries.add(new Entry(entry.key(), text, entry.keyPosition())));
        }
        return Optional.of(entries);
    }

    private static Optional<String> text(YamlNode.Entry entry, Problems problems) {
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.value() != null) {
            return Optional.of(scalar.value());
        }
        problems.error(entry.keyPosition(), "'" + entry.key() + "' has " + entry.value().kindName() + ", not a text",
                "write its text after the colon, quoted if it starts or ends with a space");
        return Optional.empty();
    }
}
