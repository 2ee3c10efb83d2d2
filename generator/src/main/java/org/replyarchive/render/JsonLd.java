package org.replyarchive.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;

/** schema.org JSON-LD for a reply page, so that search engines know what the page is. */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {}

    /**
     * The reply as a schema.org {@code Article} by its issuing organisation, answering the proposal.
     *
     * @return JSON safe to place inside a {@code <script>} element
     */
    static String reply(Reply reply, Language language, String canonical, String issuer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Article");
        data.put("headline", reply.title().orOfficial(language));
        data.put("inLanguage", (reply.isWrittenIn(language) ? language : reply.officialLanguage()).htmlLang());
        // Where the content says when the reply was made public, that is its publication; its date, its making.
        reply.handling().dates().published().ifPresent(p -> data.put("dateCreated", reply.date().toString()));
        data.put("datePublished", reply.handling().dates().published().orElse(reply.date()).toString());
        data.put("identifier", reply.docNumber());
        data.put("url", canonical);
        data.put("author", object("@type", "GovernmentOrganization", "name", issuer));
        Map<String, Object> about = object("@type", "CreativeWork", "name", reply.proposal().title().orOfficial(language));
        about.put("identifier", reply.proposal().number());
        data.put("about", about);
        List<String> keywords = reply.topics().stream().map(t -> t.name().orOfficial(language)).toList();
        if (!keywords.isEmpty()) {
            data.put("keywords", String.join(", ", keywords));
        }
        if (reply.summary().has(language) && !reply.summary().get(language).isEmpty()) {
            data.put("description", reply.summary().get(language));
        }
        return write(data);
    }

    /** A JSON object whose keys keep the order given: Map.of's order changes from one run to the next. */
    private static Map<String, Object> object(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(key1, value1);
        object.put(key2, value2);
        return object;
    }

    private static String write(Map<String, Object> data) {
        try {
            // "</script>" inside a string would end the element early: escape every '<'.
            return JSON.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON-LD", e);
        }
    }
}
