package org.replyarchive.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.replyarchive.model.ReplyText;
import org.replyarchive.output.BuildCache;

/**
 * What the citation scan found in each official text, kept between builds by the text's digest and position,
 * so that an incremental build reads no text for it but the ones that changed. The file starts with a
 * fingerprint of the engine and of the documents registry: a change to either, which changes what a text
 * cites, voids it. An unreadable or foreign file only costs a scan of every text.
 */
final class CitationCache {

    private static final String FILE = "citations.tsv";
    private static final char LIST = '\u001f';
    private static final char FIELD = '\u001e';

    /** A title or number cited that the registry may lack, where it stands in its file. */
    record Candidate(int line, int column, boolean title, String cited) {}

    /** What one text cites: the registered documents' keys, and the citations the registry lacks. */
    record Found(List<String> keys, List<Candidate> unregistered) {}

    private final Optional<Path> file;
    private final String header;
    private final Map<String, Found> previous;
    private final Map<String, Found> current = new ConcurrentHashMap<>();

    private CitationCache(Optional<Path> file, String header, Map<String, Found> previous) {
        this.file = file;
        this.header = header;
        this.previous = previous;
    }

    /** The cache in {@code folder}, valid for {@code registry} (the documents registry as text), or none. */
    static CitationCache open(Optional<Path> folder, String registry) {
        String header = "#" + BuildCache.fingerprint(EngineVersion.CURRENT, registry);
        Optional<Path> file = folder.map(f -> f.resolve(FILE));
        return new CitationCache(file, header, file.map(f -> read(f, header)).orElse(Map.of()));
    }

    /** What {@code text} was found to cite by an earlier build, if its text is the same. */
    Optional<Found> lookup(ReplyText text) {
        Found found = previous.get(key(text));
        if (found != null) {
            current.put(key(text), found);
        }
        return Optional.ofNullable(found);
    }

    void remember(ReplyText text, Found found) {
        current.put(key(text), found);
    }

    /** Writes what this build's texts cite, and nothing of texts gone; a failure only costs the next scan. */
    void save() {
        if (file.isEmpty() || current.equals(previous)) {
            return;
        }
        StringBuilder out = new StringBuilder(header).append('\n');
        new TreeMap<>(current).forEach((key, found) -> {
            out.append(key).append('\t').append(String.join(String.valueOf(LIST), found.keys())).append('\t');
            List<String> candidates = new ArrayList<>();
            found.unregistered().forEach(c -> candidates.add(c.line() + String.valueOf(FIELD) + c.column() + FIELD
                    + (c.title() ? 1 : 0) + FIELD + c.cited()));
            out.append(String.join(String.valueOf(LIST), candidates)).append('\n');
        });
        try {
            Files.createDirectories(file.get().getParent());
            Path temporary = file.get().resolveSibling(FILE + ".tmp");
            Files.writeString(temporary, out, StandardCharsets.UTF_8);
            Files.move(temporary, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only a cache: the next build scans every text again.
        }
    }

    private static String key(ReplyText text) {
        return text.digest() + " " + text.firstBodyLine() + " " + text.path();
    }

    private static Map<String, Found> read(Path file, String header) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                return Map.of();
            }
            Map<String, Found> entries = new java.util.HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split("\t", -1);
                if (parts.length != 3) {
                    return Map.of();
                }
                entries.put(parts[0], new Found(split(parts[1]), split(parts[2]).stream()
                        .map(CitationCache::candidate).toList()));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(LIST), -1));
    }

    private static Candidate candidate(String text) {
        String[] f = text.split(String.valueOf(FIELD), 4);
        return new Candidate(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2].equals("1"), f[3]);
    }
}
