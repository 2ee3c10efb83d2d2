package org.replyarchive.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.replyarchive.problem.InvalidRequestException;

/**
 * What to import and where: an immutable configuration made with {@link #builder(Path, Path)}.
 *
 * <pre>{@code
 * ImportConfig config = ImportConfig.builder(Path.of("reply.txt"), Path.of("content"))
 *         .encoding("GB18030")
 *         .build();
 * }</pre>
 *
 * @param from a text file of one reply, or a folder whose {@code *.txt} files are each one reply
 * @param contentDirectory the archive the drafts are written into; its registries are used for matching
 * @param force whether an existing draft or source file may be overwritten
 * @param encoding the encoding of the texts; empty to detect UTF-8 (with or without a byte-order mark) or GB18030
 */
public record ImportConfig(Path from, Path contentDirectory, boolean force, Optional<Charset> encoding) {

    public ImportConfig {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(contentDirectory, "contentDirectory must not be null");
        Objects.requireNonNull(encoding, "encoding must not be null");
        from = from.toAbsolutePath().normalize();
        contentDirectory = contentDirectory.toAbsolutePath().normalize();
    }

    /** A builder with the defaults: no overwriting, the encoding detected. */
    public static Builder builder(Path from, Path contentDirectory) {
        return new Builder(from, contentDirectory);
    }

    /** Builds an {@link ImportConfig}; setters drop the {@code set} prefix. */
    public static final class Builder {
        private final Path from;
        private final Path contentDirectory;
        private boolean force;
        private Charset encoding;

        private Builder(Path from, Path contentDirectory) {
            this.from = from;
            this.contentDirectory = contentDirectory;
        }

        /** Allows overwriting existing drafts and sources. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** Reads the texts in {@code encoding}; {@code null} to detect it. */
        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        /**
         * Reads the texts in the encoding named {@code name} (e.g. {@code GB18030}, {@code GBK}, {@code UTF-8});
         * {@code null} or blank to detect it.
         *
         * @throws InvalidRequestException when Java knows no encoding of that name
         */
        public Builder encoding(String name) {
            if (name == null || name.isBlank()) {
                this.encoding = null;
                return this;
            }
            try {
                this.encoding = Charset.forName(name.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new InvalidRequestException("encoding: '" + name.strip() + "' is not an encoding Java knows"
                        + " — use UTF-8, GB18030 or GBK, or leave it out to detect it");
            }
            return this;
        }

        public ImportConfig build() {
            return new ImportConfig(from, contentDirectory, force, Optional.ofNullable(encoding));
        }
    }
}
