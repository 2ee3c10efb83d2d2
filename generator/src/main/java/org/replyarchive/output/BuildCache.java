package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, between builds, the fingerprint of the inputs each page was rendered from, so that a page whose
 * inputs have not changed is taken over from the previous output instead of being rendered again.
 *
 * <p>The cache is one text file of {@code path TAB fingerprint} lines in the cache folder. It is trusted only
 * for the output folder it was written for, and only while the previous output still holds the file.
 */
public final class BuildCache {

    private static final String FILE = "fingerprints.tsv";
    private static final String HEADER_OUTPUT = "#output\t";

    private final Optional<Path> folder;
    private final Path output;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private BuildCache(Optional<Path> folder, Path output, Map<String, String> previous) {
        this.folder = folder;
        this.output = output;
        this.previous = previous;
    }

    /** A cache kept in {@code folder}, or none (every page rendered) when the folder is empty. */
    public static BuildCache open(Optional<Path> folder, Path output) {
        Map<String, String> previous = folder.map(f -> read(f.resolve(FILE), output)).orElse(Map.of());
        return new BuildCache(folder, output, previous);
    }

    private static Map<String, String> read(Path file, Path output) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header(output))) {
                return Map.of();
            }
            Map<String, String> entries = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return entries;
        } catch (IOException e) {
            // An unreadable cache only costs a full build.
            return Map.of();
        }
    }

    /** Whether this build keeps a cache at all; without one, fingerprints need not be computed. */
    public boolean isEnabled() {
        return folder.isPresent();
    }

    /**
     * Records the fingerprint of {@code path} for the next build and tells whether the previous output's file
     * was made from the same inputs and is still there to be taken over.
     */
    public boolean isUnchanged(String path, String fingerprint) {
        current.put(path, fingerprint);
        return fingerprint.equals(previous.get(path)) && Files.isRegularFile(output.resolve(path));
    }

    /** Like {@link #isUnchanged} for a whole folder of the output, made from one set of inputs. */
    public boolean isUnchangedFolder(String folderPath, String fingerprint) {
        current.put(folderPath, fingerprint);
        return fingerprint.equals(previous.get(folderPath)) && Files.isDirectory(output.resolve(folderPath));
    }

    /**
     * Writes the fingerprints of this build before its output is committed, so that a cache that cannot be
     * written fails the build while the previous site is still in place. {@code newSite} is the folder that
     * becomes the output: its identity survives the rename, so the cache is void if that swap never happens.
     * Written to a temporary file and renamed, so a killed build never leaves half a cache.
     */
    public void save(Path newSite) {
        if (folder.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(header(output, newSite)).append('\n');
        new TreeMap<>(current).forEach((path, fingerprint) -> text.append(path).append('\t').append(fingerprint)
                .append('\n'));
        Path temporary = folder.get().resolve(FILE + ".tmp");
        try {
            Files.createDirectories(folder.get());
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.get().resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the build cache in " + folder.get() + " (" + e.getMessage()
                    + ") — make it a writable folder, or set cacheDirectory empty; the previous site is unchanged", e);
        }
    }

    /** Refuses a cache path that is not a folder before the build starts, not when the cache is written. */
    public static void refuseFile(Optional<Path> folder) {
        if (folder.isPresent() && Files.exists(folder.get()) && !Files.isDirectory(folder.get())) {
            throw new UnsafeOutputException("The cache path " + folder.get() + " is a file, not a folder — remove it,"
                    + " or set cacheDirectory to a folder (or empty, for a full build every time)");
        }
    }

    /**
     * Names the output folder and, through its file key, this very copy of it: every build makes a new folder,
     * so a build made without the cache in between (whose pages the fingerprints know nothing of) makes the
     * cache void instead of stale.
     */
    private static String header(Path output) {
        return header(output, output);
    }

    private static String header(Path output, Path site) {
        Object identity = null;
        try {
            identity = Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            // No output yet: nothing can be taken over anyway.
        }
        return HEADER_OUTPUT + output + "\t" + (identity == null ? "?" : identity);
    }

    /** A SHA-256 fingerprint of {@code parts}, each separated so that ("ab","c") differs from ("a","bc"). */
    public static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
