package org.replyarchive.output;

import java.nio.file.Path;

/**
 * What a build writes beside its output: the staging, ready and previous folders of each build and the lock
 * file, every one named {@code .<output>.<something>} (see {@link OutputSiblings}). Only {@link StagingOutput}
 * and {@link OutputLock} write them.
 */
public final class StagingFolders {

    private StagingFolders() {}

    /**
     * Whether {@code path} is in {@code output} or in a file or folder a build writes beside it. A watcher
     * must ignore them all, or every build would trigger the next.
     */
    public static boolean isWrittenFor(Path output, Path path) {
        if (path.startsWith(output)) {
            return true;
        }
        Path parent = output.getParent();
        if (parent == null || !path.startsWith(parent) || path.getNameCount() <= parent.getNameCount()) {
            return false;
        }
        return path.getName(parent.getNameCount()).toString().startsWith("." + output.getFileName() + ".");
    }
}
