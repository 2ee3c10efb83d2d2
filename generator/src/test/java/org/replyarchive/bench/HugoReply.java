package org.replyarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One reply as Hugo reads it: the official file and its translation, each with front matter that Hugo's
 * taxonomies understand (lists at the top level: {@code years}, {@code sessions}, {@code kinds},
 * {@code proposers}, {@code departments}, {@code topics}) and the Markdown body unchanged.
 *
 * <p>A translation inherits every field of the official file, as in Reply Archive; a reply without one gets an
 * English page all the same, marked {@code untranslated}, because Reply Archive writes one too and the two
 * sites should have the same pages.
 */
final class HugoReply {

    static final List<String> TAXONOMIES = List.of("years", "sessions", "kinds", "proposers", "departments",
            "topics");

    /** Front matter and body of one Markdown file, the body as the bytes it had. */
    record Source(Map<String, Object> frontMatter, byte[] file, int bodyStart) {

        static Source read(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            int start = startsWithBom(bytes) ? 3 : 0;
            int close = closingDelimiter(bytes, start);
            if (close < 0) {
                throw new IOException(file + ": no front matter between two --- lines");
            }
            String yaml = new String(bytes, start, close - start, StandardCharsets.UTF_8);
            int bodyStart = Math.min(bytes.length, lineEnd(bytes, close) + 1);
            Object parsed = yaml().load(yaml.substring(yaml.indexOf('\n') + 1));
            @SuppressWarnings("unchecked")
            Map<String, Object> map = parsed instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            return new Source(map, bytes, bodyStart);
        }

        String text(String key) {
            return HugoReply.text(frontMatter.get(key));
        }

        Map<?, ?> map(String key) {
            return frontMatter.get(key) instanceof Map<?, ?> m ? m : Map.of();
        }
    }

    private HugoReply() {}

    /** Writes the reply's Hugo files for each of {@code languages} (the official one first); returns their bytes. */
    static long write(Path official, Optional<Path> translation, Path targetFolder, List<String> languages)
            throws IOException {
        Source zh = Source.read(official);
        String slug = official.getFileName().toString().replaceFirst("\\.[a-z]+\\.md$", "");
        long bytes = writeFile(targetFolder.resolve(slug + "." + languages.get(0) + ".md"), frontMatter(zh, zh, false),
                zh);
        if (languages.size() > 1) {
            Source en = translation.isPresent() ? Source.read(translation.get()) : null;
            bytes += writeFile(targetFolder.resolve(slug + "." + languages.get(1) + ".md"),
                    frontMatter(zh, en == null ? zh : en, en == null), en == null ? null : en);
        }
        return bytes;
    }

    /** Hugo's front matter: {@code own} gives the words of the page's language, {@code official} the rest. */
    private static String frontMatter(Source official, Source own, boolean untranslated) {
        Map<?, ?> proposal = official.map("proposal");
        Map<?, ?> ownProposal = own.map("proposal");
        Map<?, ?> handling = official.map("handling");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", own.text("title"));
        fields.put("date", official.text("date"));
        fields.put("doc_number", official.text("doc_number"));
        fields.put("session", official.text("session"));
        fields.put("disclosure", official.text("disclosure"));
        if (own.frontMatter().containsKey("summary") && !untranslated) {
            fields.put("summary", own.text("summary"));
        }
        fields.put("proposal_number", text(proposal.get("number")));
        fields.put("proposal_title", text((ownProposal.containsKey("title") ? ownProposal : proposal).get("title")));
        fields.put("lead", text(handling.get("lead")));
        if (untranslated) {
            fields.put("untranslated", Boolean.TRUE);
        }
        String date = official.text("date");
        fields.put("years", List.of(date.length() >= 4 ? date.substring(0, 4) : date));
        fields.put("sessions", List.of(official.text("session")));
        fields.put("kinds", List.of(text(proposal.get("kind"))));
        fields.put("proposers", texts(proposal.get("proposers")));
        List<String> departments = new ArrayList<>();
        departments.add(text(handling.get("lead")));
        departments.addAll(texts(handling.get("co")));
        fields.put("departments", departments);
        fields.put("topics", texts(official.frontMatter().get("topics")));
        StringBuilder yaml = new StringBuilder("---\n");
        fields.forEach((key, value) -> yaml.append(key).append(": ").append(yamlValue(key, value)).append('\n'));
        return yaml.append("---\n").toString();
    }

    private static String yamlValue(String key, Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(v -> quote(text(v))).toList()) + "]";
        }
        if (value instanceof Boolean || key.equals("date")) {
            return value.toString(); // a date Hugo must read as a date, not as a string
        }
        return quote(text(value));
    }

    private static long writeFile(Path file, String frontMatter, Source body) throws IOException {
        byte[] head = frontMatter.getBytes(StandardCharsets.UTF_8);
        int bodyLength = body == null ? 0 : body.file().length - body.bodyStart();
        byte[] out = new byte[head.length + bodyLength];
        System.arraycopy(head, 0, out, 0, head.length);
        if (body != null) {
            System.arraycopy(body.file(), body.bodyStart(), out, head.length, bodyLength);
        }
        Files.write(file, out);
        return out.length;
    }

    /** A scalar as text: YAML dates as {@code YYYY-MM-DD}, numbers as written. */
    static String text(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return value == null ? "" : value.toString();
    }

    private static List<String> texts(Object value) {
        return value instanceof List<?> list ? list.stream().map(HugoReply::text).toList() : List.of();
    }

    /** A YAML or TOML basic string, which share their escapes for what a reply can hold. */
    static String quote(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return q.append('"').toString();
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** Where the line {@code ---} that closes the front matter starts, or -1. */
    private static int closingDelimiter(byte[] b, int start) {
        int line = lineEnd(b, start) + 1; // past the opening ---
        while (line < b.length) {
            int end = lineEnd(b, line);
            int length = end - line - (end > line && b[end - 1] == '\r' ? 1 : 0);
            if (length == 3 && b[line] == '-' && b[line + 1] == '-' && b[line + 2] == '-') {
                return line;
            }
            line = end + 1;
        }
        return -1;
    }

    /** The index of the newline ending the line at {@code from}, or the length of {@code b}. */
    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return i;
    }
}
