package org.replyarchive.feed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.model.Department;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.route.UrlScheme;

/**
 * Writes every reply's metadata, in both languages and with its page URLs, as JSON and as CSV
 * ({@link OpenDataCsv}: a byte-order mark, and cells a spreadsheet would run as formulas neutralised).
 */
public final class OpenDataWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> CSV_COLUMNS = List.of("id", "year", "slug", "date", "doc_number",
            "title_zh", "title_en", "session", "session_zh", "session_en", "proposal_number", "proposal_kind",
            "proposal_title_zh", "proposal_title_en", "proposers", "proposers_zh", "proposers_en", "lead", "co",
            "topics", "disclosure", "summary_zh", "summary_en", "translated", "url_zh", "url_en");

    private final UrlScheme urls;
    private final List<Language> languages;

    public OpenDataWriter(UrlScheme urls, List<Language> languages) {
        this.urls = urls;
        this.languages = List.copyOf(languages);
    }

    /** Where the files go: each opened for writing by its site path, and closed by the writer. */
    public interface Destination {
        OutputStream open(String path);
    }

    /**
     * Writes the JSON and CSV files to {@code destination}. Each reply's record is made, written and let go
     * before the next, straight into the file: neither the records of the whole archive nor the files' bytes
     * are ever held (at 100,000 replies the two files are some 400 MB).
     */
    public void write(Site site, Destination destination) {
        String json = urls.openDataJson();
        try (OutputStream out = destination.open(json)) {
            json(site.replies(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + json, e);
        }
        String csv = urls.openDataCsv();
        try (OutputStream out = destination.open(csv)) {
            csv(site.replies(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + csv, e);
        }
    }

    /** The array of every reply's record, indented as {@link #JSON} indents a list, and a line feed. */
    private void json(List<Reply> replies, OutputStream out) throws IOException {
        ObjectWriter writer = JSON.writer();
        try (JsonGenerator generator = writer.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            generator.writeStartArray();
            for (Reply reply : replies) {
                writer.writeValue(generator, record(reply));
            }
            generator.writeEndArray();
        }
        out.write('\n');
    }

    private Map<String, Object> record(Reply reply) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", reply.id());
        r.put("year", reply.year());
        r.put("slug", reply.slug());
        r.put("date", reply.date().toString());
        r.put("doc_number", reply.docNumber());
        r.put("title", localized(reply.title()));
        r.put("session", keyed(reply.session().key(), reply.session().name()));
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("number", reply.proposal().number());
        proposal.put("kind", reply.proposal().kind().key());
        proposal.put("title", localized(reply.proposal().title()));
        proposal.put("proposers", reply.proposal().proposers().stream()
                .map(p -> keyed(p.key(), p.name())).toList());
        r.put("proposal", proposal);
        Map<String, Object> handling = new LinkedHashMap<>();
        handling.put("lead", department(reply.handling().lead()));
        handling.put("co", reply.handling().co().stream().map(this::department).toList());
        r.put("handling", handling);
        r.put("topics", reply.topics().stream().map(t -> keyed(t.key(), t.name())).toList());
        r.put("disclosure", reply.disclosure().key());
        r.put("summary", localized(reply.summary()));
        r.put("corrections", reply.corrections().stream().map(OpenDataWriter::correction).toList());
        r.put("translated", languages.stream().filter(reply::isWrittenIn).map(Language::code).toList());
        Map<String, String> pageUrls = new LinkedHashMap<>();
        languages.forEach(l -> pageUrls.put(l.code(), urls.absolute(urls.reply(l, reply))));
        r.put("urls", pageUrls);
        return r;
    }

    private static Map<String, Object> correction(org.replyarchive.model.Correction correction) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", correction.date().toString());
        entry.put("change", correction.change());
        entry.put("reason", correction.reason());
        return entry;
    }

    private Map<String, Object> department(Department department) {
        return keyed(department.key(), department.name());
    }

    /** A registry entry as {@code {key, name}}, keys in that order (Map.of's order changes between runs). */
    private static Map<String, Object> keyed(String key, Localized<String> name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", key);
        entry.put("name", localized(name));
        return entry;
    }

    private static Map<String, String> localized(Localized<String> value) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("zh", value.zh());
        map.put("en", value.en());
        return map;
    }

    private void csv(List<Reply> replies, OutputStream out) throws IOException {
        write(out, OpenDataCsv.BYTE_ORDER_MARK + OpenDataCsv.row(CSV_COLUMNS));
        for (Reply reply : replies) {
            List<String> cells = new ArrayList<>();
            cells.add(reply.id());
            cells.add(String.valueOf(reply.year()));
            cells.add(reply.slug());
            cells.add(reply.date().toString());
            cells.add(reply.docNumber());
            cells.add(reply.title().zh());
            cells.add(nullToEmpty(reply.title().en()));
            cells.add(reply.session().key());
            cells.add(reply.session().name().zh());
            cells.add(nullToEmpty(reply.session().name().en()));
            cells.add(reply.proposal().number());
            cells.add(reply.proposal().kind().key());
            cells.add(reply.proposal().title().zh());
            cells.add(nullToEmpty(reply.proposal().title().en()));
            cells.add(joined(reply.proposal().proposers().stream().map(p -> p.key()).toList()));
            cells.add(joined(reply.proposal().proposers().stream().map(p -> p.name().zh()).toList()));
            cells.add(joined(reply.proposal().proposers().stream().map(p -> nullToEmpty(p.name().en())).toList()));
            cells.add(reply.handling().lead().key());
            cells.add(joined(reply.handling().co().stream().map(Department::key).toList()));
            cells.add(joined(reply.topics().stream().map(t -> t.key()).toList()));
            cells.add(reply.disclosure().key());
            cells.add(reply.summary().zh());
            cells.add(nullToEmpty(reply.summary().en()));
            cells.add(joined(languages.stream().filter(reply::isWrittenIn).map(Language::code).toList()));
            for (Language language : Language.values()) {
                // Only the languages built have pages; the column stays, empty, so every CSV has one layout.
                cells.add(languages.contains(language) ? urls.absolute(urls.reply(language, reply)) : "");
            }
            write(out, OpenDataCsv.row(cells));
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String joined(List<String> values) {
        return String.join(";", values);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
