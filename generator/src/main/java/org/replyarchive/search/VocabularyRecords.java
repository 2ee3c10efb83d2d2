package org.replyarchive.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What each posting file gives the {@link Vocabulary}, kept in the index's cache folder so that a patched index
 * need not read back every posting file it takes over (52 MB at 5,000 replies) only to learn its terms again.
 * Each record is one posting file's offered terms and lone characters ({@link Vocabulary#record}); the
 * records are streamed from the file and to the next one, never all held, so memory stays bounded whatever the
 * archive.
 *
 * <pre>
 * 'R' 'A' 'V' '1', the digest of the index state file it was committed with (a string)
 * then per posting file, as one length-prefixed block: its name (a string), its bytes and terms (varints, as
 * {@link PostingCatalog.Facts}), its record (length-prefixed), and a 64-bit digest of all that, so that a
 * damaged block is never taken for a record
 * </pre>
 *
 * A record is used only for a file of the same name and facts as its own, from a file committed with the state
 * file there now, itself used only when it describes the previous output; anything else is read back from the
 * previous output as before.
 */
final class VocabularyRecords {

    static final String FILE = "vocabulary.bin";
    private static final String NEXT = "vocabulary.next";
    private static final byte[] MAGIC = {'R', 'A', 'V', '1'};

    private final Path folder;
    private final Optional<String> previousDigest;
    private final OutputStream next;
    /** The posting files taken over whose records are to come from the previous file, with their facts. */
    private final Map<String, PostingCatalog.Facts> deferred = new ConcurrentHashMap<>();
    private boolean finished;

    private VocabularyRecords(Path folder, Optional<String> previousDigest, OutputStream next) {
        this.folder = folder;
        this.previousDigest = previousDigest;
        this.next = next;
    }

    /**
     * Records for an index cached in {@code folder}; {@code previousTrusted} when the state there describes the
     * previous output (else the previous records are not used).
     */
    static VocabularyRecords open(Path folder, boolean previousTrusted) {
        try {
            Files.createDirectories(folder);
            Optional<String> previousDigest = previousTrusted ? stateDigest(folder) : Optional.empty();
            return new VocabularyRecords(folder, previousDigest,
                    new BufferedOutputStream(Files.newOutputStream(folder.resolve(NEXT)), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search cache in " + folder, e);
        }
    }

    /** Gives {@code vocabulary} the terms of posting file {@code name}, whose bytes are known, and records them. */
    void written(String name, byte[] postingFile, Vocabulary vocabulary) {
        byte[] record = Vocabulary.record(postingFile);
        vocabulary.addRecord(record);
        append(name, new PostingCatalog.Facts(postingFile.length, PostingFile.termCount(postingFile)), record);
    }

    /**
     * Notes posting file {@code name}, taken over unread with {@code facts}; its record comes with
     * {@link #finish}. False when there are no previous records to take it from: read it back then.
     */
    boolean defer(String name, PostingCatalog.Facts facts) {
        if (previousDigest.isEmpty() || !Files.isRegularFile(folder.resolve(FILE))) {
            return false;
        }
        deferred.put(name, facts);
        return true;
    }

    /**
     * Gives {@code vocabulary} the records of the deferred files, streamed from the previous file; any it does not
     * hold (or holds with other facts) are read back through {@code previousOutput} instead.
     */
    void finish(Vocabulary vocabulary, Function<String, byte[]> previousOutput) {
        if (finished) {
            return;
        }
        finished = true;
        if (!deferred.isEmpty()) {
            readPrevious(vocabulary);
        }
        deferred.keySet().forEach(name -> written(name, previousOutput.apply(name), vocabulary));
        deferred.clear();
        try {
            next.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search cache in " + folder, e);
        }
    }

    /** Keeps the records of this build for the next, with the state file just written there. */
    void commit() {
        String digest = stateDigest(folder).orElse("");
        Path temporary = folder.resolve(FILE + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            ByteSink header = new ByteSink();
            header.write(MAGIC);
            header.writeString(digest);
            out.write(header.toByteArray());
            Files.copy(folder.resolve(NEXT), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search cache in " + folder, e);
        }
        try {
            Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(folder.resolve(NEXT));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search cache in " + folder, e);
        }
    }

    private static Optional<String> stateDigest(Path folder) {
        try {
            Path state = folder.resolve(IndexState.FILE);
            return Files.isRegularFile(state) ? Optional.of(Digests.hex128(Files.readAllBytes(state)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void readPrevious(Vocabulary vocabulary) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(folder.resolve(FILE)), 1 << 16)) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)
                    || !new String(block(in), StandardCharsets.UTF_8).equals(previousDigest.orElse(""))) {
                return;
            }
            for (byte[] block = block(in); block != null; block = block(in)) {
                if (block.length < Long.BYTES) {
                    return;
                }
                ByteReader check = new ByteReader(block, block.length - Long.BYTES, block.length);
                if (check.readLong() != Digests.short64(java.util.Arrays.copyOf(block, block.length - Long.BYTES))) {
                    return;
                }
                ByteReader entry = new ByteReader(block, 0, block.length - Long.BYTES);
                String name = new String(entry.readBytes(), StandardCharsets.UTF_8);
                PostingCatalog.Facts facts = new PostingCatalog.Facts(entry.readVarint(), entry.readVarint());
                byte[] record = entry.readBytes();
                if (facts.equals(deferred.get(name))) {
                    deferred.remove(name);
                    vocabulary.addRecord(record);
                    append(name, facts, record);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged file: what it did not give is read back from the output.
        }
    }

    private synchronized void append(String name, PostingCatalog.Facts facts, byte[] record) {
        ByteSink entry = new ByteSink(record.length + name.length() * 3 + 16);
        entry.writeString(name);
        entry.writeVarint(facts.bytes());
        entry.writeVarint(facts.terms());
        entry.writeBytes(record);
        byte[] bytes = entry.toByteArray();
        ByteSink block = new ByteSink(bytes.length + Long.BYTES + 5);
        block.writeVarint(bytes.length + Long.BYTES);
        block.write(bytes);
        block.writeLong(Digests.short64(bytes));
        try {
            next.write(block.buffer(), 0, block.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search cache in " + folder, e);
        }
    }

    /** The next length-prefixed block of {@code in}, or null at its end. */
    private static byte[] block(InputStream in) throws IOException {
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.read();
            if (b < 0) {
                if (shift == 0) {
                    return null;
                }
                throw new IOException("truncated");
            }
            if (shift > 28) {
                throw new IOException("malformed length");
            }
            length |= (b & 0x7f) << shift;
            if (b < 0x80) {
                break;
            }
        }
        byte[] block = in.readNBytes(length);
        if (block.length != length) {
            throw new IOException("truncated");
        }
        return block;
    }
}
