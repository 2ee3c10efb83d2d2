package org.replyarchive.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.replyarchive.problem.SourcePosition;

/** A parsed YAML value that remembers where it was written. */
sealed interface YamlNode {

    SourcePosition position();

    /** The value in a canonical one-line form, for comparing and quoting values. */
    String canonical();

    /** A word for this kind of value, for messages: "a text", "a list", "a mapping". */
    String kindName();

    /** A scalar; {@code value} is null for an empty value or {@code ~}. */
    record Scalar(String value, SourcePosition position) implements YamlNode {
        @Override
        public String canonical() {
            return value == null ? "" : value;
        }

        @Override
        public String kindName() {
            return value == null ? "an empty value" : "the text '" + value + "'";
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String canonical() {
            return items.stream().map(YamlNode::canonical).collect(Collectors.joining(", ", "[", "]"));
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A mapping, keys in the order written. */
    record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
        @Override
        public String canonical() {
            return entries.values().stream()
                    .map(e -> e.key() + ": " + e.value().canonical())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** A key of a mapping, where it was written, and its value. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {}
}
