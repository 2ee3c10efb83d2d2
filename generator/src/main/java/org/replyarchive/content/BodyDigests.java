package org.replyarchive.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, between builds, the {@link BodyFacts} of each reply file, trusted while the file keeps its size,
 * modification time and identity on disk (as make and Hugo trust them). Loading then reads only the front
 * matter of an unchanged file, not its body: what keeps a rebuild after one edit fast on a large archive.
 *
 * <p>A fact is true of a file whatever happens to the build that learnt it, so the cache is written as soon as
 * the content is loaded. An unreadable cache only costs reading every body again.
 */
public final class BodyDigests {

    private static final String FILE = "bodies.tsv";
    private static final String HEADER = "#reply-archive body digests 1";

    private final Optional<Path> folder;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private BodyDigests(Optional<Path> folder, Map<String, String> previous) {
        this.folder = folder;
        this.previous = previous;
    }

    /** The facts kept in {@code folder}, or none: every body is then read. */
    public static BodyDigests open(Optional<Path> folder) {
        return new BodyDigests(folder, folder.map(f -> read(f.resolve(FILE))).orElse(Map.of()));
    }

    /** A cache that knows nothing and keeps nothing. */
    public static BodyDigests none() {
        return open(Optional.empty());
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> entries = new TreeMap<>();
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Map.of();
            }
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return entries;
    }

    /** The facts of {@code file} learnt by an earlier build, if the file is unchanged since. */
    Optional<BodyFacts> lookup(Path file, String path) {
        Optional<String> stamp = stamp(file);
        String known = previous.get(path);
        if (stamp.isEmpty() || known == null || !known.startsWith(stamp.get() + "\t")) {
            return Optional.empty();
        }
        String[] fields = known.substring(stamp.get().length() + 1).split("\t");
        if (fields.length != 3) {
            return Optional.empty();
        }
        BodyFacts facts = new BodyFacts(fields[0], Integer.parseInt(fields[1]), Boolean.parseBoolean(fields[2]));
        current.put(path, known);
        return Optional.of(facts);
    }

    /** Keeps the facts of {@code file}, read whole just now, for the next build. */
    void remember(Path file, String path, BodyFacts facts) {
        stamp(file).ifPresent(stamp -> current.put(path,
                stamp + "\t" + facts.digest() + "\t" + facts.firstBodyLine() + "\t" + facts.empty()));
    }

    /**
     * Keeps, besides what this build looked up, what earlier builds learnt of the files at {@code paths}: for a
     * build that loaded only some files and would otherwise forget the others.
     */
    void keep(java.util.Set<String> paths) {
        previous.forEach((path, facts) -> {
            if (paths.contains(path)) {
                current.putIfAbsent(path, facts);
            }
        });
    }

    /** Writes what this build knows; files no longer in the content are forgotten. */
    public void save() {
        if (folder.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(current).forEach((path, facts) -> text.append(path).append('\t').append(facts).append('\n'));
        try {
            Files.createDirectories(folder.get());
            Path temporary = Files.createTempFile(folder.get(), FILE, ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.get().resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only a cost: the next build reads every body.
        }
    }

    /** Size, modification time and file identity: what changes when a file is written. */
    private static Optional<String> stamp(Path file) {
        try {
            // A file written moments ago may change again without its stamp changing: its body is read.
            return ContentStamps.trustedStamp(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
