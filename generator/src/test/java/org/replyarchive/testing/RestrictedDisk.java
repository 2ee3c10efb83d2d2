package org.replyarchive.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.replyarchive.output.FileWriting;

/**
 * The disk as a user without root sees it, for tests that run as root: some folders cannot be changed, and only
 * so many bytes are free. Everything else is the disk itself.
 */
public final class RestrictedDisk implements FileWriting {

    private final Set<Path> readOnly;
    private final long usable;

    public RestrictedDisk(Set<Path> readOnly, long usable) {
        this.readOnly = Set.copyOf(readOnly);
        this.usable = usable;
    }

    @Override
    public boolean canChange(Path folder) {
        return !readOnly.contains(folder.toAbsolutePath().normalize()) && SYSTEM.canChange(folder);
    }

    @Override
    public long usableSpace(Path existing) {
        return usable;
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        SYSTEM.write(file, content);
    }

    @Override
    public void createDirectories(Path folder) throws IOException {
        SYSTEM.createDirectories(folder);
    }

    @Override
    public void linkOrCopy(Path link, Path existing) throws IOException {
        SYSTEM.linkOrCopy(link, existing);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        SYSTEM.rename(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        SYSTEM.delete(path);
    }
}
