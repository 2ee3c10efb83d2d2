package org.replyarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;

/**
 * Writes a site into {@code .<output>.staging} beside the output folder, then swaps it in.
 *
 * <pre>{@code
 * StagingOutput staging = StagingOutput.open(Path.of("target/site"));
 * staging.write(files);
 * staging.commit(); // only now is target/site replaced
 * }</pre>
 *
 * If the build fails before {@link #commit()}, {@link #discard()} removes the staging folder and the previous
 * output stays as it was.
 */
public final class StagingOutput implements OutputSink {

    /**
     * The file every built site holds at its root: a build replaces only a folder that has it (or is empty),
     * so a mistyped output folder can never wipe out someone's files.
     */
    public static final String MARKER = ".reply-archive";

    /** The marker's text, the same in every build so that output stays byte-identical. */
    public static final String MARKER_TEXT = "This folder is written by Reply Archive. A build replaces it whole.\n";

    private final Path output;
    private final Path staging;
    private final Path previous;

    private StagingOutput(Path output) {
        this.output = output;
        this.staging = StagingFolders.stagingOf(output);
        this.previous = StagingFolders.previousOf(output);
    }

    /**
     * Prepares an empty staging folder for {@code output}.
     *
     * @throws UnsafeOutputException when {@code output} holds files but no {@link #MARKER} of an earlier build
     */
    public static StagingOutput open(Path output) {
        StagingOutput out = new StagingOutput(output.toAbsolutePath().normalize());
        refuseForeignFolder(out.output);
        try {
            FileTrees.delete(out.staging);
            Files.createDirectories(out.staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the staging folder " + out.staging, e);
        }
        return out;
    }

    private static void refuseForeignFolder(Path output) {
        if (!Files.isDirectory(output) || Files.isRegularFile(output.resolve(MARKER))) {
            return;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isPresent()) {
                throw new UnsafeOutputException("The output folder " + output + " holds files that no build of this"
                        + " generator wrote (it has no " + MARKER + " file), and a build replaces the folder whole"
                        + " — choose an empty or new folder as outputDirectory, or empty this one yourself");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the output folder " + output, e);
        }
    }

    /** Writes {@code files} into the staging folder; safe to call from several threads with distinct files. */
    public void write(Collection<OutputFile> files) {
        files.forEach(this::write);
    }

    @Override
    public void write(OutputFile file) {
        Path target = target(file.path());
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /**
     * Takes {@code file} over from the previous output instead of writing it again: a hard link where the file
     * system allows one, else a copy. The previous output is left as it is.
     */
    /** Where {@code path} goes in the staging folder; never outside it. */
    Path target(String path) {
        Path target = staging.resolve(path).normalize();
        if (target.startsWith(staging)) {
            return target;
        }
        throw new IllegalArgumentException("Refusing to write outside the site: " + path);
    }

    @Override
    public void reuse(String file) {
        Path from = output.resolve(file).normalize();
        Path target = staging.resolve(file).normalize();
        if (!from.startsWith(output) || !target.startsWith(staging)) {
            throw new IllegalArgumentException("Refusing to reuse a file outside the site: " + file);
        }
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, from);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take over " + from, e);
        }
    }

    /**
     * Takes every file under {@code folderPath} over from the previous output.
     *
     * @return the number of files taken over
     */
    public int reuseFolder(String folderPath) {
        Path folder = output.resolve(folderPath).normalize();
        if (!folder.startsWith(output)) {
            throw new IllegalArgumentException("Refusing to reuse a folder outside the site: " + folderPath);
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            List<String> paths = files.filter(Files::isRegularFile)
                    .map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .toList();
            paths.parallelStream().forEach(this::reuse);
            return paths.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take over " + folder, e);
        }
    }

    @Override
    public java.util.Optional<byte[]> previous(String path) {
        Path previousFile = output.resolve(path).normalize();
        if (!previousFile.startsWith(output) || !Files.isRegularFile(previousFile)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Files.readAllBytes(previousFile));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Whether the previous output holds {@code file} with exactly {@code content}. */
    public boolean previousHolds(OutputFile file) {
        Path previousFile = output.resolve(file.path()).normalize();
        try {
            return previousFile.startsWith(output) && Files.isRegularFile(previousFile)
                    && Files.size(previousFile) == file.content().length
                    && java.util.Arrays.equals(Files.readAllBytes(previousFile), file.content());
        } catch (IOException e) {
            return false;
        }
    }

    /** Replaces the output folder with the staging folder. */
    public void commit() {
        try {
            FileTrees.delete(previous);
            if (Files.exists(output)) {
                move(output, previous);
            }
            move(staging, output);
            FileTrees.delete(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace " + output + " with the new site in " + staging, e);
        }
    }

    /** Removes the staging folder after a failed build; the output folder is left untouched. */
    public void discard() {
        try {
            FileTrees.delete(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the staging folder " + staging, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
