package org.replyarchive.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.SiteGenerator;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.serve.DevServer;
import org.replyarchive.serve.ServeOptions;

/**
 * Serves the site for preview: builds it into its own folder, serves it on {@code http://127.0.0.1:8000/},
 * rebuilds it when the content or theme changes and reloads the open page. A content error does not stop
 * it: the last good site stays served, with the errors shown over every page until they are fixed. Runs
 * until Ctrl-C.
 *
 * <pre>
 * mvn reply-archive:serve -Dreply-archive.port=8080
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", requiresDirectInvocation = true, threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /**
     * The address to listen on. The default keeps the preview to this machine; {@code 0.0.0.0} would offer
     * it to the whole network.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "host", defaultValue = ServeOptions.DEFAULT_HOST)
    String host;

    /**
     * The port to listen on; 0 takes any free port (the address is logged).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "port", defaultValue = "8000")
    int port;

    /**
     * The folder the served site is built into, apart from the output folder of {@code build}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "serveDirectory", defaultValue = "${project.build.directory}/reply-archive-serve")
    File serveDirectory;

    /**
     * How long to wait when another build is writing to the same output folder before failing with its name
     * (PID, start time): a whole number with {@code s}, {@code m} or {@code h} ({@code 30s}, {@code 10m}),
     * {@code 0} to fail at once, or an ISO-8601 duration ({@code PT10M}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "lockTimeout", defaultValue = "10m")
    String lockTimeout;

    @Override
    void run(BuildListener listener) {
        // Its own cache beside the served folder: each rebuild after an edit renders only what the edit affects.
        BuildConfig served = toConfig(serveDirectory.toPath(),
                Optional.of(Path.of(serveDirectory.getPath() + "-cache")));
        try (DevServer server = SiteGenerator.serve(served, new ServeOptions(host, port, ServeOptions.DEFAULT_DEBOUNCE),
                listener)) {
            listener.info("Serving " + served.outputDirectory() + " at " + server.url() + " — watching "
                    + served.contentDirectory() + "; press Ctrl-C to stop");
            server.runUntilShutdown();
        }
    }

    @Override
    Optional<Duration> lockTimeout() {
        return Optional.ofNullable(lockTimeout).map(value -> DurationParameter.parse("lockTimeout", value));
    }
}
