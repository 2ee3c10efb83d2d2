package org.replyarchive.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.replyarchive.config.Language;
import org.replyarchive.feed.FullTextRecord;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.StreamedFile;

/**
 * Each reply's line of {@code data/replies.<lang>.jsonl}, made by the reply page's rendering from the text it
 * has just read and kept in a file named by what the line is made of: the engine, the reply's metadata in the
 * language and the digests of its texts. The full-text stage then only joins the lines, so an incremental build
 * that changes one reply reads one body; with no cache the files live in the build's work folder.
 */
final class FullTextLines {

    private final FullTextRecord records;
    private final Path folder;

    /** Lines kept in {@code folder}: the cache's, to outlive the build, or one in the work folder. */
    FullTextLines(FullTextRecord records, Path folder) {
        this.records = records;
        this.folder = folder;
    }

    /** The name of the line of {@code reply} in {@code language}; also what its fingerprint is made of. */
    String key(Reply reply, Language language) {
        StringBuilder digests = new StringBuilder();
        ReplyText own = reply.texts().get(language);
        digests.append(own == null ? "-" : own.digest());
        reply.documents().forEach(d -> digests.append(' ').append(
                d.texts().containsKey(language) ? d.texts().get(language).digest() : "-"));
        String metadata = records.line(reply, language, null,
                reply.documents().stream().map(d -> (String) null).toList());
        return BuildCache.fingerprint(EngineVersion.CURRENT, metadata, digests.toString());
    }

    /** Makes and keeps the line of {@code reply} from its plain texts (null where none is published). */
    String store(Reply reply, Language language, String text, List<String> documentTexts) {
        String line = records.line(reply, language, text, documentTexts);
        store(key(reply, language), line);
        return line;
    }

    /**
     * Appends the line kept under {@code key}, and a line feed, to {@code file} without reading it into the heap;
     * returns how many bytes that was, or -1 when no build kept it.
     */
    long appendStored(String key, StreamedFile file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file(key));
        } catch (IOException e) {
            return -1; // made again from the text
        }
        try (channel) {
            return file.line(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the full text's line " + file(key), e);
        }
    }

    void store(String key, String line) {
        Path target = file(key);
        if (Files.isRegularFile(target)) {
            return; // a file once written is never changed: its name says what it holds
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, key, ".tmp");
            Files.writeString(temp, line, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the full texts' lines in " + folder + " (" + e.getMessage()
                    + ") — make it a writable folder, or set cacheDirectory empty", e);
        }
    }

    /**
     * Deletes every line whose key is not in {@code used}, the keys of this build's lines. A build that fails
     * after this only costs the next one reading again the bodies of the replies it had changed.
     */
    void retainOnly(Set<String> used) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!(name.endsWith(".json") && used.contains(name.substring(0, name.length() - 5)))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean the full texts' lines in " + folder, e);
        }
    }

    /**
     * Where the index of the full-text file of {@code language} is kept ({@link FullTextIndex}): beside the lines'
     * folder, which holds only lines.
     */
    Path indexFile(Language language) {
        return folder.resolveSibling("fulltext-" + language.code() + ".index");
    }

    private Path file(String key) {
        return folder.resolve(key + ".json");
    }
}
