package org.replyarchive.search;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.OutputSink;

/** An output sink for tests: collects files in a map, with the previous build's files as another map. */
final class MapSink implements OutputSink {

    final Map<String, byte[]> previous;
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** The previous files asked for, in any order. */
    final java.util.Set<String> readBack = ConcurrentHashMap.newKeySet();
    final Set<String> written = ConcurrentHashMap.newKeySet();
    final Set<String> reused = ConcurrentHashMap.newKeySet();

    MapSink(Map<String, byte[]> previous) {
        this.previous = previous;
    }

    MapSink() {
        this(Map.of());
    }

    @Override
    public void write(OutputFile file) {
        if (files.put(file.path(), file.content()) != null) {
            throw new IllegalStateException(file.path() + " written twice");
        }
        written.add(file.path());
    }

    @Override
    public void reuse(String path) {
        byte[] bytes = previous.get(path);
        if (bytes == null) {
            throw new IllegalStateException(path + " is not in the previous output");
        }
        if (files.put(path, bytes) != null) {
            throw new IllegalStateException(path + " written twice");
        }
        reused.add(path);
    }

    @Override
    public Optional<byte[]> previous(String path) {
        readBack.add(path);
        return Optional.ofNullable(previous.get(path));
    }

    /** The files in path order, for comparisons with readable failures. */
    TreeMap<String, byte[]> sorted() {
        return new TreeMap<>(files);
    }
}
