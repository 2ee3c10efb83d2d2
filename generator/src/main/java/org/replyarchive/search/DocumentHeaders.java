package org.replyarchive.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A result's file: what it shows (url, title, date, session, kind, proposers), the searchable fields a phrase is checked in, and where each block of its
 * text stands in its page, as JSON. No text: the browser reads the block its snippet needs from the page.
 */
final class DocumentHeaders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentHeaders() {}

    static byte[] file(DocumentMeta meta, int[] blockOffsets, java.util.List<TextPart> parts) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("url", meta.url());
        header.put("title", meta.displayTitle());
        header.put("titleLang", meta.titleLang());
        header.put("date", meta.dateText());
        header.put("session", meta.sessionName());
        header.put("proposers", meta.proposers());
        header.put("kind", meta.kindLabel());
        header.put("fields", meta.fields());
        header.put("blocks", blockOffsets);
        if (!parts.isEmpty()) {
            // [first block, anchor, label] per text; absent for a page of one text, whose file stays as it was.
            header.put("parts", parts.stream().map(p -> java.util.List.of(p.firstBlock(), p.anchor(), p.label()))
                    .toList());
        }
        return json(header);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the search index", e);
        }
    }
}
