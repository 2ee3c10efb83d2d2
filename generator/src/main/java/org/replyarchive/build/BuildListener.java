package org.replyarchive.build;

import org.replyarchive.problem.Problem;

/**
 * Hears of a build's progress, so that the engine never depends on a logging library: the Maven goal passes
 * its log, the benchmark passes standard output.
 */
public interface BuildListener {

    /** A line of progress. */
    void info(String message);

    /** A problem that does not stop the build. */
    void warning(Problem problem);

    /** A listener that hears nothing. */
    BuildListener SILENT = new BuildListener() {
        @Override
        public void info(String message) {}

        @Override
        public void warning(Problem problem) {}
    };
}
