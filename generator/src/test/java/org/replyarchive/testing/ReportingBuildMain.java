package org.replyarchive.testing;

import java.nio.file.Path;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;

/**
 * Builds in a JVM of its own, as another user or on another file system, and ends as the plugin does: the
 * message of what stopped the build on standard error and exit code 1, with no stack trace.
 */
public final class ReportingBuildMain {

    private ReportingBuildMain() {}

    /** {@code ReportingBuildMain <content> <output>}. */
    public static void main(String[] args) {
        try {
            SiteGenerator.build(BuildConfig.builder(Path.of(args[0]), Path.of(args[1])).build(), BuildListener.SILENT);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
