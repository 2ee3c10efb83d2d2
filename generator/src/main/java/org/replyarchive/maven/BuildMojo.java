package org.replyarchive.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.fork.ForkedBuilds;

/**
 * Builds the website from the content folder into the output folder.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

    /**
     * The folder the site is written to. It is replaced only when a build succeeds.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    File outputDirectory;

    /**
     * Whether to keep a build cache, so that the next build takes unchanged pages over instead of rendering
     * them again. {@code -Dreply-archive.cache=false} gives a full build every time.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "cache", defaultValue = "true")
    boolean cache;

    /**
     * Where the build cache is kept. Empty or {@code none} is the same as {@code cache=false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "cacheDirectory", defaultValue = "${project.build.directory}/reply-archive-cache")
    String cacheDirectory;

    /**
     * How long to wait when another build is writing to the same output folder before failing with its name
     * (PID, start time): a whole number with {@code s}, {@code m} or {@code h} ({@code 30s}, {@code 10m}),
     * {@code 0} to fail at once, or an ISO-8601 duration ({@code PT10M}).
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "lockTimeout", defaultValue = "10m")
    String lockTimeout;

    /**
     * Whether a build that is likely to change little (a cache and a site from an earlier build, and at most a
     * few reply files edited since) runs in a JVM of its own whose compiler suits a run of a second or two; every
     * other build runs in Maven's. The site is the same either way. {@code -Dreply-archive.fork=false} keeps every
     * build in Maven's JVM.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "fork", defaultValue = "true")
    boolean fork;

    /** The folder of the project, against which a relative {@code cacheDirectory} is resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    @Override
    void run(BuildListener listener) {
        BuildConfig config = toConfig(outputDirectory.toPath(), cacheFolder());
        ForkedBuilds.build(config, listener, fork ? pluginClassPath() : List.of());
        listener.info("Site written to " + config.outputDirectory() + " — preview it with: python3 -m http.server"
                + " -d " + config.outputDirectory() + " 8000");
    }

    /** The plugin's own class path, for a forked build: empty when its class loader does not tell it. */
    private static List<Path> pluginClassPath() {
        if (!(BuildMojo.class.getClassLoader() instanceof URLClassLoader loader)) {
            return List.of();
        }
        List<Path> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                entries.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return List.of();
            }
        }
        return entries;
    }

    /** The cache folder, or none when the cache is off. */
    Optional<Path> cacheFolder() {
        if (!cache || cacheDirectory == null || cacheDirectory.isBlank() || cacheDirectory.strip().equals("none")) {
            return Optional.empty();
        }
        Path folder = Path.of(cacheDirectory.strip());
        return Optional.of(folder.isAbsolute() || basedir == null ? folder : basedir.toPath().resolve(folder));
    }

    @Override
    Optional<Duration> lockTimeout() {
        return Optional.ofNullable(lockTimeout).map(value -> DurationParameter.parse("lockTimeout", value));
    }
}
