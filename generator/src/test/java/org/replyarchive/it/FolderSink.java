package org.replyarchive.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.OutputSink;

/** An output sink that writes into a folder, for browser tests that serve what a stage wrote. */
final class FolderSink implements OutputSink {

    private final Path root;

    FolderSink(Path root) {
        this.root = root;
    }

    @Override
    public void write(OutputFile file) {
        try {
            Path target = root.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void reuse(String path) {
        throw new UnsupportedOperationException("a folder sink has no previous output");
    }

    @Override
    public Optional<byte[]> previous(String path) {
        return Optional.empty();
    }
}
