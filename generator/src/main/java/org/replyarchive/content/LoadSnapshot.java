package org.replyarchive.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.model.Site;
import org.replyarchive.problem.Problem;

/**
 * The archive as the last successful load left it, kept in the cache folder ({@code content.snapshot}, in the
 * form of {@link ModelCodec}): the model, the warnings loading found, the stamps of the files it was loaded from,
 * and its {@link ModelCodec#shape}.
 * A build whose content folder has the same stamps takes the model over instead of parsing every file again.
 *
 * @param engine the engine that wrote it and the content folder it was loaded from: another engine's model may
 *     differ in form, and another folder's files may carry the same stamps
 * @param stamps {@link ContentStamps} of the content folder, taken before it was read
 */
record LoadSnapshot(String engine, Map<String, String> stamps, String shape, List<Problem> warnings, Site site) {

    private static final String FILE = "content.snapshot";
    /** How old a temporary file must be to be taken for a write that never finished. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    LoadSnapshot {
        stamps = Map.copyOf(stamps);
        warnings = List.copyOf(warnings);
    }

    /** Where the snapshot of the cache folder {@code folder} is kept. */
    static Path file(Path folder) {
        return folder.resolve(FILE);
    }

    /** The snapshot in {@code folder} written for {@code engine}; empty when there is none or it cannot be read. */
    static Optional<LoadSnapshot> read(Path folder, String engine) {
        Path file = file(folder);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            LoadSnapshot snapshot = ModelCodec.SNAPSHOT.read(in, Files.size(file));
            return snapshot.engine().equals(engine) ? Optional.of(snapshot) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Unreadable, truncated or of another form: it only costs loading every file again.
            return Optional.empty();
        }
    }

    /** Keeps this snapshot in {@code folder}; a file that cannot be written only costs the next build a full load. */
    void write(Path folder) {
        try {
            Files.createDirectories(folder);
            removeAbandoned(folder);
            Path temporary = Files.createTempFile(folder, FILE, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                ModelCodec.SNAPSHOT.write(this, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                return;
            }
            Files.move(temporary, file(folder), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // As above: only a cost.
        }
    }

    /**
     * Removes the temporary files of writes that never finished: the writer is a daemon thread, so a process
     * that ends (a build that failed after loading, a killed one) drops its write half done. Only those older
     * than {@link #ABANDONED}, so that a write under way in another process is left alone.
     */
    private static void removeAbandoned(Path folder) {
        FileTime before = FileTime.from(Instant.now().minus(ABANDONED));
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, FILE + "*.tmp")) {
            for (Path temporary : temporaries) {
                if (Files.getLastModifiedTime(temporary).compareTo(before) < 0) {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException e) {
            // Left for the next write: it only costs disk space.
        }
    }
}
