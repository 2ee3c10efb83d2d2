package org.replyarchive.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of the open-data files, kept as resources beside this class and published under
 * {@code data/schema/}. The data page lists each file's fields from its schema, so the two cannot disagree.
 */
public final class OpenDataSchemas {

    /** The open-data files that have a schema, by the name their schema is published under. */
    public static final List<String> NAMES = List.of("replies.json", "replies.csv", "replies.jsonl", "statistics.csv");

    /** One field of a file: a dotted path ({@code handling.outcome.code}, {@code documents[].date}). */
    public record Field(String name, String type, String description) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenDataSchemas() {}

    /** The schema file's bytes. */
    public static byte[] bytes(String name) {
        try (InputStream in = OpenDataSchemas.class.getResourceAsStream("schema/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("No schema " + name + " in the plugin");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + name, e);
        }
    }

    /** The fields of a file's records, depth first, in the order the schema gives them. */
    public static List<Field> fields(String name) {
        try {
            JsonNode root = JSON.readTree(bytes(name));
            JsonNode record = root.path("type").asText().equals("array") ? root.path("items") : root;
            List<Field> fields = new ArrayList<>();
            collect("", record, fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + name, e);
        }
    }

    private static void collect(String prefix, JsonNode node, List<Field> fields) {
        JsonNode objectForm = node.has("oneOf") ? node.path("oneOf").path(1) : node;
        for (Map.Entry<String, JsonNode> property : (Iterable<Map.Entry<String, JsonNode>>)
                () -> objectForm.path("properties").fields()) {
            String name = prefix + property.getKey();
            JsonNode value = property.getValue();
            fields.add(new Field(name, type(value), value.path("description").asText()));
            collect(name + ".", value, fields);
            if (value.path("items").has("properties")) {
                collect(name + "[].", value.path("items"), fields);
            }
        }
    }

    private static String type(JsonNode value) {
        if (value.has("oneOf")) {
            return "object | null";
        }
        JsonNode type = value.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            return String.join(" | ", types);
        }
        return type.asText();
    }
}
