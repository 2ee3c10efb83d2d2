package org.replyarchive.output;

import java.nio.file.Path;
import java.util.List;

/**
 * The names of the folders a build writes beside its output: {@code .<output>.staging} while it writes, and
 * {@code .<output>.previous} while the new output is swapped in. Only {@link StagingOutput} writes them.
 */
public final class StagingFolders {

    private StagingFolders() {}

    /**
     * The folders a build of {@code output} writes: the output, its staging folder and the previous output kept
     * while the two are swapped. A watcher must ignore all three, or every build would trigger the next.
     */
    public static List<Path> writtenFor(Path output) {
        return List.of(output, stagingOf(output), previousOf(output));
    }

    static Path stagingOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".staging");
    }

    static Path previousOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".previous");
    }
}
