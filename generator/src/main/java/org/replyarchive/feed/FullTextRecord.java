package org.replyarchive.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.model.CaseDates;
import org.replyarchive.model.CaseDocument;
import org.replyarchive.model.Correction;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;
import org.replyarchive.route.UrlScheme;

/**
 * One line of {@code data/replies.<lang>.jsonl}: a reply's metadata in one language, its case, its documents and
 * their plain texts, and the log of its corrections. A text is null where nothing is published in the language: a reply disclosed as a
 * summary or title only (whose texts the model never held), or a text not translated. Fields are described in
 * {@code data/schema/replies.jsonl.schema.json}.
 */
public final class FullTextRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UrlScheme urls;

    public FullTextRecord(UrlScheme urls) {
        this.urls = urls;
    }

    /**
     * The line of {@code reply} in {@code language}; {@code text} and {@code documentTexts} (in the order of
     * {@link Reply#documents()}) are the published plain texts, null where none is.
     */
    public String line(Reply reply, Language language, String text, List<String> documentTexts) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", reply.id());
        r.put("language", language.code());
        r.put("official", language == reply.officialLanguage());
        r.put("translated", reply.isWrittenIn(language));
        r.put("url", urls.absolute(urls.reply(language, reply)));
        r.put("title", reply.title().orOfficial(language));
        r.put("doc_number", reply.docNumber());
        r.put("date", reply.date().toString());
        r.put("session", named(reply.session().key(), reply.session().name(), language));
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("numbers", reply.proposal().numbers());
        proposal.put("kind", reply.proposal().kind().key());
        proposal.put("title", reply.proposal().title().orOfficial(language));
        proposal.put("proposers", reply.proposal().proposers().stream()
                .map(p -> named(p.key(), p.name(), language)).toList());
        r.put("proposal", proposal);
        r.put("handling", handling(reply, language));
        r.put("topics", reply.topics().stream().map(t -> named(t.key(), t.name(), language)).toList());
        r.put("disclosure", reply.disclosure().key());
        r.put("summary", reply.summary().has(language) && !reply.summary().get(language).isEmpty()
                ? reply.summary().get(language) : null);
        r.put("text", text);
        List<Map<String, Object>> documents = new java.util.ArrayList<>();
        for (int i = 0; i < reply.documents().size(); i++) {
            documents.add(document(reply.documents().get(i), language, documentTexts.get(i)));
        }
        r.put("documents", documents);
        r.put("corrections", reply.corrections().stream().map(FullTextRecord::correction).toList());
        try {
            return JSON.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write open data as JSON", e);
        }
    }

    private static Map<String, Object> handling(Reply reply, Language language) {
        CaseDates dates = reply.handling().dates();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("lead", named(reply.handling().lead().key(), reply.handling().lead().name(), language));
        h.put("co", reply.handling().co().stream().map(d -> named(d.key(), d.name(), language)).toList());
        h.put("assigned", dates.assigned().map(Object::toString).orElse(null));
        h.put("due", dates.due().map(Object::toString).orElse(null));
        h.put("due_computed", dates.dueComputed());
        h.put("extended_to", dates.extendedTo().map(Object::toString).orElse(null));
        h.put("extension_reason", dates.extensionReason().orElse(null));
        h.put("days_late", dates.daysLate(reply.date()).orElse(null));
        h.put("days_to_reply", dates.daysToReply(reply.date()).orElse(null));
        h.put("published", dates.published().map(Object::toString).orElse(null));
        h.put("outcome", reply.handling().outcome().map(o -> {
            Map<String, Object> outcome = named(o.key(), o.name(), language);
            outcome.put("code", o.code());
            return outcome;
        }).orElse(null));
        h.put("feedback", reply.handling().feedback().map(f -> f.key()).orElse(null));
        return h;
    }

    private static Map<String, Object> document(CaseDocument document, Language language, String text) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", document.kind().key());
        d.put("file_suffix", document.suffix());
        d.put("department", document.department().map(dep -> dep.key()).orElse(null));
        d.put("doc_number", document.docNumber());
        d.put("date", document.date().toString());
        d.put("title", document.title().map(t -> t.orOfficial(language)).orElse(null));
        d.put("translated", document.isWrittenIn(language));
        d.put("text", text);
        return d;
    }

    /** A correction as the official file records it: its words are the official language's in every file. */
    private static Map<String, Object> correction(Correction correction) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("date", correction.date().toString());
        c.put("change", correction.change());
        c.put("reason", correction.reason());
        return c;
    }

    private static Map<String, Object> named(String key, Localized<String> name, Language language) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", key);
        entry.put("name", name.orOfficial(language));
        return entry;
    }
}
