package org.replyarchive.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.replyarchive.output.FileWriting;

/**
 * The disk, with one fault at the n-th change a build makes: an {@link IOException} (a failed write, a full
 * disk) or a {@link Crash}, which stands for the process dying there — no cleanup catches an Error, so what is
 * on disk afterwards is what a {@code kill -9} at that step would leave.
 */
public final class FaultyDisk implements FileWriting {

    /** The process "dies": thrown past every catch of the build. */
    public static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash(String step) {
            super("simulated crash at " + step);
        }
    }

    public enum Fault { CRASH, FAIL, DISK_FULL }

    private final int failAt;
    private final Fault fault;
    private final AtomicInteger steps = new AtomicInteger();

    public FaultyDisk(int failAt, Fault fault) {
        this.failAt = failAt;
        this.fault = fault;
    }

    /** A disk without faults that counts the steps of a build. */
    public static FaultyDisk counting() {
        return new FaultyDisk(Integer.MAX_VALUE, Fault.FAIL);
    }

    public int steps() {
        return steps.get();
    }

    private void step(String what, Path path) throws IOException {
        if (steps.incrementAndGet() != failAt) {
            return;
        }
        switch (fault) {
            case CRASH -> throw new Crash(what + " " + path);
            case FAIL -> throw new IOException("simulated failure of " + what + " " + path);
            case DISK_FULL -> throw new java.nio.file.FileSystemException(path.toString(), null,
                    "No space left on device");
        }
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        step("write", file);
        SYSTEM.write(file, content);
    }

    @Override
    public void createDirectories(Path folder) throws IOException {
        SYSTEM.createDirectories(folder);
    }

    @Override
    public void linkOrCopy(Path link, Path existing) throws IOException {
        step("link", link);
        SYSTEM.linkOrCopy(link, existing);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        step("rename", from);
        SYSTEM.rename(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        step("delete", path);
        SYSTEM.delete(path);
    }
}
