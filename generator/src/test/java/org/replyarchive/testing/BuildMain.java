package org.replyarchive.testing;

import java.nio.file.Path;
import org.replyarchive.build.BuildListener;
import org.replyarchive.SiteGenerator;
import org.replyarchive.config.BuildConfig;

/** Builds a content folder into an output folder in a JVM of its own, for tests that compare separate runs. */
public final class BuildMain {

    private BuildMain() {}

    /** {@code BuildMain <content> <output> <baseUrl>}. */
    public static void main(String[] args) {
        SiteGenerator.build(BuildConfig.builder(Path.of(args[0]), Path.of(args[1])).baseUrl(args[2]).build(),
                BuildListener.SILENT);
    }
}
