package org.replyarchive.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * A result's file: what it shows (url, title, date, session, kind, proposers), the searchable fields a phrase is
 * checked in, and where each block of its text stands in its page, as JSON. No text: the browser reads the block
 * its snippet needs from the page.
 */
final class DocumentHeaders {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DocumentHeaders() {}

    /**
     * The file, written by hand rather than through a JSON library: a build writes one for every document, and
     * a library's encoder, compiled anew in every build's JVM, cost more than the rest of the index's small
     * files together. It is the JSON a data-binding library writes for the same map (DocumentHeadersTest).
     */
    static byte[] file(DocumentMeta meta, int[] blockOffsets, java.util.List<TextPart> parts) {
        StringBuilder json = new StringBuilder(256 + blockOffsets.length * 6);
        json.append('{');
        field(json, "url", meta.url()).append(',');
        field(json, "title", meta.displayTitle()).append(',');
        field(json, "titleLang", meta.titleLang()).append(',');
        field(json, "date", meta.dateText()).append(',');
        field(json, "session", meta.sessionName()).append(',');
        field(json, "proposers", meta.proposers()).append(',');
        field(json, "kind", meta.kindLabel()).append(',');
        field(json, "fields", meta.fields()).append(",\"blocks\":[");
        for (int i = 0; i < blockOffsets.length; i++) {
            json.append(i == 0 ? "" : ",").append(blockOffsets[i]);
        }
        json.append(']');
        if (!parts.isEmpty()) {
            // [first block, anchor, label] per text; absent for a page of one text, whose file stays as it was.
            json.append(",\"parts\":[");
            for (int i = 0; i < parts.size(); i++) {
                TextPart part = parts.get(i);
                json.append(i == 0 ? "[" : ",[").append(part.firstBlock()).append(',');
                string(json, part.anchor()).append(',');
                string(json, part.label()).append(']');
            }
            json.append(']');
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        return string(string(json, name).append(':'), value);
    }

    /** A JSON string: quotes and backslashes escaped, control characters as short escapes or as {@code \\u} ones. */
    static StringBuilder string(StringBuilder json, String value) {
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the search index", e);
        }
    }
}
