package org.replyarchive;

import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.check.CheckResult;
import org.replyarchive.check.SiteChecker;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.importer.ImportConfig;
import org.replyarchive.importer.ImportResult;
import org.replyarchive.importer.ReplyTextImporter;
import org.replyarchive.pipeline.BuildPipeline;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.scaffold.ReplyScaffolder;
import org.replyarchive.scaffold.ScaffoldRequest;
import org.replyarchive.scaffold.ScaffoldResult;
import org.replyarchive.serve.DevServer;
import org.replyarchive.serve.ServeOptions;

/**
 * Builds a site from a content folder.
 *
 * <pre>{@code
 * BuildResult result = SiteGenerator.build(
 *         BuildConfig.builder(Path.of("content"), Path.of("target/site")).build(), BuildListener.SILENT);
 * System.out.println(result.summary());
 * }</pre>
 */
public final class SiteGenerator {

    private SiteGenerator() {}

    /**
     * Runs a build. The output folder is replaced only when every stage succeeded. With a cache folder in the
     * configuration, pages whose inputs have not changed since the last build are taken over, not rendered;
     * the output is the same byte for byte as a full build's.
     *
     * @throws ContentProblemsException when the content or theme has errors; the previous output is untouched
     */
    public static BuildResult build(BuildConfig config, BuildListener listener) {
        return new BuildPipeline(config, listener).run();
    }

    /**
     * Turns the extracted text of published replies into draft reply files; see {@link ReplyTextImporter}.
     */
    public static ImportResult importText(ImportConfig config, BuildListener listener) {
        return ReplyTextImporter.importText(config, listener);
    }

    /**
     * Checks everything a build validates, plus every internal link and asset reference of the built site and
     * the fidelity of each reply to its {@code source:}, and returns every problem at once. Builds into a
     * temporary folder: {@code config.outputDirectory()} is never touched.
     *
     * <pre>{@code
     * CheckResult result = SiteGenerator.check(config, listener);
     * result.problems().forEach(System.out::println);
     * }</pre>
     */
    public static CheckResult check(BuildConfig config, BuildListener listener) {
        return new SiteChecker(config, listener).check();
    }

    /**
     * Builds the site into {@code config.outputDirectory()}, serves it, and rebuilds it and reloads the open
     * pages whenever the content or theme changes. Returns once serving; close the server to stop.
     *
     * <pre>{@code
     * try (DevServer server = SiteGenerator.serve(config, ServeOptions.defaults(), listener)) {
     *     server.runUntilShutdown();
     * }
     * }</pre>
     */
    public static DevServer serve(BuildConfig config, ServeOptions options, BuildListener listener) {
        return DevServer.start(config, options, listener);
    }

    /**
     * Writes a new reply file with its front matter filled from the registries as far as they go, and
     * {@code TODO} elsewhere. Never overwrites a file.
     */
    public static ScaffoldResult scaffold(ScaffoldRequest request) {
        return ReplyScaffolder.scaffold(request);
    }
}
