package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers, between builds, the fingerprint of the inputs each page was rendered from, so that a page whose
 * inputs have not changed is taken over from the previous output instead of being rendered again.
 *
 * <p>The cache is one text file of {@code path TAB fingerprint} lines in the cache folder. It is trusted only
 * for the output folder it was written for, and only while the previous output still holds the file.
 */
public final class BuildCache {

    private static final String FILE = "fingerprints.tsv";
    /** The list of every file of the site the fingerprints describe, which lets a build patch it in place. */
    private static final String FILES = "files.txt";
    private static final String HEADER_OUTPUT = "#output\t";
    /** Parts a fingerprint from its quick key (both hexadecimal). */
    private static final String QUICK = " ";
    /** Parts a group's files from each other: what no path of the site holds. */
    private static final String BETWEEN_FILES = "\t";
    /** Starts the entry of a group: no path of the site starts with it. */
    private static final String GROUP = "@";

    private final Optional<Path> folder;
    private final Path output;
    private final Map<String, String> previous;
    private final Set<String> previousFiles;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private BuildCache(Optional<Path> folder, Path output, Map<String, String> previous, Set<String> previousFiles) {
        this.folder = folder;
        this.output = output;
        this.previous = previous;
        this.previousFiles = previousFiles;
    }

    /** A cache kept in {@code folder}, or none (every page rendered) when the folder is empty. */
    public static BuildCache open(Optional<Path> folder, Path output) {
        Map<String, String> previous = folder.map(f -> read(f.resolve(FILE), output)).orElse(Map.of());
        Set<String> files = previous.isEmpty() ? Set.of()
                : folder.map(f -> readFiles(f.resolve(FILES), output)).orElse(Set.of());
        return new BuildCache(folder, output, previous, files);
    }

    /**
     * The files of the site at the output path, as the build that made it wrote them down; empty when this
     * cache does not describe that site (then it is replaced whole).
     */
    public Set<String> previousFiles() {
        return previousFiles;
    }

    private static Set<String> readFiles(Path file, Path output) {
        List<String> lines = lines(file, output);
        return lines.isEmpty() ? Set.of() : Set.copyOf(lines.subList(1, lines.size()));
    }

    /** The lines of a cache file written for the site now at {@code output}; empty for any other. */
    private static List<String> lines(Path file, Path output) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return !lines.isEmpty() && lines.get(0).equals(header(output, SiteIdentity.of(output))) ? lines : List.of();
        } catch (IOException e) {
            // An unreadable cache only costs a full build.
            return List.of();
        }
    }

    private static Map<String, String> read(Path file, Path output) {
        List<String> lines = lines(file, output);
        Map<String, String> entries = new HashMap<>(lines.size() * 4 / 3 + 1);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                entries.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return entries;
    }

    /** Whether the previous output still holds the file at {@code path}, to be taken over. */
    private boolean holds(String path) {
        return Files.isRegularFile(output.resolve(path));
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
        String before = previous.get(path);
        return before != null && fingerprint.equals(before.split(QUICK, 2)[0])
                && holds(path);
    }

    /**
     * Like {@link #isUnchanged(String, String)}, for a file that also has a quick key: one made without building
     * its model, from the names and digests of what it depends on. A file made with the same {@code quickKey}
     * as the cached build's is unchanged at once, its fingerprint carried over unmade; otherwise
     * {@code fingerprint} is made and compared. Either way both are kept for the next build.
     */
    public boolean isUnchanged(String path, String quickKey, Supplier<String> fingerprint) {
        if (madeWith(path, quickKey) && holds(path)) {
            current.put(path, previous.get(path));
            return true;
        }
        String made = fingerprint.get();
        boolean unchanged = isUnchanged(path, made);
        current.put(path, made + QUICK + quickKey);
        return unchanged;
    }

    /** Whether the cached build made {@code path} with {@code quickKey}: nothing it was made from changed. */
    public boolean madeWith(String path, String quickKey) {
        String before = previous.get(path);
        return before != null && before.endsWith(QUICK + quickKey);
    }

    /** The fingerprint the cached build recorded for {@code path}, if it made that file. */
    public Optional<String> previousFingerprint(String path) {
        return Optional.ofNullable(previous.get(path)).map(before -> before.split(QUICK, 2)[0]);
    }

    /**
     * The files a group of the output (files made together from the whole site, such as the open data) held
     * in the cached build, if it was made with the same {@code quickKey}; the group is then carried over.
     */
    public Optional<List<String>> unchangedGroup(String group, String quickKey) {
        String before = previous.get(GROUP + group);
        if (before == null || !before.startsWith(quickKey + QUICK)) {
            return Optional.empty();
        }
        String files = before.substring(quickKey.length() + QUICK.length());
        List<String> paths = files.isEmpty() ? List.of() : List.of(files.split(BETWEEN_FILES));
        // A file removed from the output by hand is made again, as a page would be.
        if (!paths.stream().allMatch(this::holds)) {
            return Optional.empty();
        }
        current.put(GROUP + group, before);
        return Optional.of(paths);
    }

    /** Records the files of a group made with {@code quickKey}, for {@link #unchangedGroup}. */
    public void recordGroup(String group, String quickKey, List<String> files) {
        current.put(GROUP + group, quickKey + QUICK + String.join(BETWEEN_FILES, files));
    }

    /** Like {@link #isUnchanged} for a whole folder of the output, made from one set of inputs. */
    public boolean isUnchangedFolder(String folderPath, String fingerprint) {
        current.put(folderPath, fingerprint);
        return fingerprint.equals(previous.get(folderPath)) && Files.isDirectory(output.resolve(folderPath));
    }

    /**
     * Writes the fingerprints of this build, and the list of its {@code files}, before its output is committed,
     * so that a cache that cannot be written fails the build while the previous site is still in place.
     * {@code newSite} is the identity the new site will have ({@link StagingOutput#identityAfterCommit()}): the
     * cache is void if the new site never comes to stand. Each file is written to a temporary file and
     * renamed, so a killed build never leaves half a cache.
     */
    public void save(String newSite, Set<String> files) {
        if (folder.isEmpty()) {
            return;
        }
        String header = header(output, newSite);
        // Sorted, so that the files do not depend on the order in which threads finished; as arrays, not trees,
        // as sorting sixty thousand paths into a tree took a tenth of a second of every incremental build.
        String[] paths = current.keySet().toArray(String[]::new);
        Arrays.sort(paths);
        StringBuilder fingerprints = new StringBuilder(header).append('\n');
        for (String path : paths) {
            fingerprints.append(path).append('\t').append(current.get(path)).append('\n');
        }
        String[] listed = files.toArray(String[]::new);
        Arrays.sort(listed);
        String list = header + "\n" + String.join("\n", listed) + (listed.length > 0 ? "\n" : "");
        try {
            Files.createDirectories(folder.get());
            // The list first: without fingerprints that match, a list alone is never used.
            replace(FILES, list);
            replace(FILE, fingerprints);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the build cache in " + folder.get() + " (" + e.getMessage()
                    + ") — make it a writable folder, or set cacheDirectory empty; the previous site is unchanged", e);
        }
    }

    private void replace(String name, CharSequence text) throws IOException {
        Path temporary = folder.get().resolve(name + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, folder.get().resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Refuses a cache path that is not a folder before the build starts, not when the cache is written. */
    public static void refuseFile(Optional<Path> folder) {
        if (folder.isPresent() && Files.exists(folder.get()) && !Files.isDirectory(folder.get())) {
            throw new UnsafeOutputException("The cache path " + folder.get() + " is a file, not a folder — remove it,"
                    + " or set cacheDirectory to a folder (or empty, for a full build every time)");
        }
    }

    /**
     * Names the output folder and, through its {@link SiteIdentity}, this very copy of it: every build makes a
     * new folder or puts a new marker in, so a build made without the cache in between (whose pages the
     * fingerprints know nothing of) makes the cache void instead of stale.
     */
    private static String header(Path output, String identity) {
        return HEADER_OUTPUT + output + "\t" + identity;
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
