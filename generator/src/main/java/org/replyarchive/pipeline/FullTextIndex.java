package org.replyarchive.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each line of a full-text file stands in it: the key and the length in bytes of each line, in order,
 * kept beside the cached lines for the file the site holds. A build that changes a few lines copies every
 * run of unchanged lines from the previous file rather than writing hundreds of megabytes again.
 *
 * @param fingerprint the fingerprint of the file the index describes, as the build cache records it
 * @param quickKeys the {@link QuickKeys#reply} of each line's reply: where it is unchanged, so is the line's key,
 *     which need not be made again
 */
record FullTextIndex(String fingerprint, List<String> keys, long[] lengths, List<String> quickKeys) {

    /** A run of the previous file: {@code length} bytes from {@code offset}. */
    record Run(long offset, long length) {}

    /** The index kept in {@code file}, if it describes the file whose fingerprint is {@code fingerprint}. */
    static Optional<FullTextIndex> read(Path file, String fingerprint) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(fingerprint)) {
                return Optional.empty();
            }
            List<String> keys = new ArrayList<>(lines.size() - 1);
            List<String> quickKeys = new ArrayList<>(lines.size() - 1);
            long[] lengths = new long[lines.size() - 1];
            for (int i = 1; i < lines.size(); i++) {
                String[] fields = lines.get(i).split(" ");
                keys.add(fields[0]);
                lengths[i - 1] = Long.parseLong(fields[1]);
                quickKeys.add(fields[2]);
            }
            return Optional.of(new FullTextIndex(fingerprint, keys, lengths, quickKeys));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the file is then written whole
        }
    }

    /** Keeps this index in {@code file}, replacing the one there. */
    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(fingerprint).append('\n');
        for (int i = 0; i < keys.size(); i++) {
            text.append(keys.get(i)).append(' ').append(lengths[i]).append(' ').append(quickKeys.get(i)).append('\n');
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The size of the file described. */
    long size() {
        long size = 0;
        for (long length : lengths) {
            size += length;
        }
        return size;
    }

    /** Where the line of each key stands in the file described. */
    Map<String, Run> runs() {
        Map<String, Run> runs = new HashMap<>();
        long offset = 0;
        for (int i = 0; i < keys.size(); i++) {
            runs.put(keys.get(i), new Run(offset, lengths[i]));
            offset += lengths[i];
        }
        return runs;
    }
}
