package org.replyarchive.output;

import java.util.Optional;

/**
 * Where a stage puts the files it makes: written one at a time as they are made, never collected in memory,
 * or taken over unchanged from the previous build's output. {@link StagingOutput} is the one implementation
 * that writes files; tests may collect.
 */
public interface OutputSink {

    /** Writes {@code file}; safe to call from several threads with distinct paths. */
    void write(OutputFile file);

    /** Takes {@code path} over from the previous output instead of writing it again. */
    void reuse(String path);

    /** The bytes of {@code path} in the previous output, if it holds that file. */
    Optional<byte[]> previous(String path);
}
