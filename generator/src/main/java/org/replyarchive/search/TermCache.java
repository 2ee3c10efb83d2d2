package org.replyarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Each document's terms, kept between builds in files named by a hash of their content: an unchanged reply
 * is not tokenised again, and a changed one's old terms tell which postings changed. A file once written is
 * never changed, so the cache of the previous build stays valid until {@link #retainOnly} after a commit.
 */
final class TermCache {

    private static final byte[] MAGIC = {'R', 'A', 'S', 'T'};

    private final Path folder;

    TermCache(Path cacheFolder) {
        this.folder = cacheFolder.resolve("terms");
    }

    boolean has(String name) {
        return Files.isRegularFile(file(name));
    }

    /** Stores {@code terms} and returns the name to load them by. */
    String store(DocumentTerms terms) {
        ByteSink out = new ByteSink(terms.size() * 8 + 16);
        PostingFormat.writeHeader(out, MAGIC);
        terms.writeTo(out);
        byte[] bytes = out.toByteArray();
        String name = Digests.hex128(bytes);
        Path target = file(name);
        if (!Files.exists(target)) {
            try {
                Files.createDirectories(folder);
                Path temp = Files.createTempFile(folder, name, ".tmp");
                Files.write(temp, bytes);
                move(temp, target);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the search cache in " + folder, e);
            }
        }
        return name;
    }

    DocumentTerms load(String name) {
        if (name == null) {
            return DocumentTerms.EMPTY;
        }
        try {
            ByteReader in = new ByteReader(Files.readAllBytes(file(name)));
            in.expectHeader(MAGIC, PostingFormat.VERSION);
            return DocumentTerms.readFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search cache in " + folder, e);
        }
    }

    /** Deletes every term file but {@code names}: those of the build just committed. */
    void retainOnly(Set<String> names) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (!(n.endsWith(".bin") && names.contains(n.substring(0, n.length() - 4)))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean the search cache in " + folder, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String name) {
        return folder.resolve(name + ".bin");
    }
}
