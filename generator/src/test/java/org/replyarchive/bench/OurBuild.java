package org.replyarchive.bench;

import java.io.IOException;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.replyarchive.config.BuildConfig;

/**
 * Runs one build of Reply Archive for the benchmark: by default in a fresh JVM ({@link ChildBuild}, with
 * {@code -Xmx} of {@code bench.xmx} and this JVM's class path), else in this JVM.
 */
final class OurBuild {

    /**
     * One build.
     *
     * @param figures what the build measured in its JVM
     * @param wallSeconds from starting the JVM to its exit (in-process: the build alone)
     * @param peakRssKib the peak resident set of the JVM that built
     * @param engineLines the engine's progress lines
     */
    record Run(BuildFigures figures, double wallSeconds, long peakRssKib, List<String> engineLines) {

        double pagesPerSecond() {
            return wallSeconds == 0 ? 0 : figures.pages() / wallSeconds;
        }
    }

    /** A build that did not succeed: the child's exit code and the end of what it printed. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final boolean forked;
    private final String xmx;
    private final List<String> jvmArgs;
    private final Path logs;
    private final String baseUrl;

    OurBuild(boolean forked, String xmx, List<String> jvmArgs, Path logs, String baseUrl) {
        this.forked = forked;
        this.xmx = xmx;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.logs = logs;
        this.baseUrl = baseUrl;
    }

    boolean forked() {
        return forked;
    }

    /**
     * Whether this JVM's class path can start a {@link ChildBuild}: not under {@code exec:java}, whose class path
     * is Maven's own launcher.
     */
    static boolean canFork() {
        try {
            Path classes = Path.of(ChildBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
                    .filter(entry -> !entry.isEmpty())
                    .anyMatch(entry -> Path.of(entry).toAbsolutePath().normalize().equals(classes));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return false;
        }
    }

    /** The command line of a child, for the report. */
    String describe() {
        return forked ? String.join(" ", javaCommand()) + " -cp <this JVM's class path> "
                + ChildBuild.class.getName() + " <content> <output> <base URL> [<cache>]"
                : "in this JVM (bench.fork=false): heap and RSS figures include the benchmark's own";
    }

    Run build(Path content, Path output, Optional<Path> cache, String name) throws IOException {
        return forked ? inChild(content, output, cache, name) : inProcess(content, output, cache);
    }

    private Run inChild(Path content, Path output, Optional<Path> cache, String name) throws IOException {
        List<String> command = javaCommand();
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildBuild.class.getName(),
                content.toString(), output.toString(), baseUrl));
        cache.ifPresent(c -> command.add(c.toString()));
        MeasuredProcess.Outcome outcome = MeasuredProcess.run(command, logs, name);
        List<String> lines = outcome.stdoutLines();
        Optional<BuildFigures> figures = lines.stream().map(BuildFigures::parse).flatMap(Optional::stream)
                .findFirst();
        if (outcome.exitCode() != 0 || figures.isEmpty()) {
            throw new Failure("the build in a child JVM failed (exit code " + outcome.exitCode() + ", log "
                    + outcome.stderr() + "):\n    " + String.join("\n    ", outcome.stderrTail(15)));
        }
        List<String> engine = lines.stream().filter(l -> l.startsWith("engine: "))
                .map(l -> l.substring("engine: ".length())).toList();
        long rss = outcome.peakRssKib() > 0 ? outcome.peakRssKib() : figures.get().ownPeakRssKib();
        return new Run(figures.get(), outcome.wallSeconds(), rss, engine);
    }

    private Run inProcess(Path content, Path output, Optional<Path> cache) {
        BuildConfig.Builder config = BuildConfig.builder(content, output).baseUrl(baseUrl);
        cache.ifPresent(config::cacheDirectory);
        List<String> engine = new ArrayList<>();
        BuildFigures figures = ChildBuild.build(config.build(), engine::add);
        return new Run(figures, figures.wallSeconds(), figures.ownPeakRssKib(), engine);
    }

    private List<String> javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + xmx));
        command.addAll(jvmArgs);
        command.add("-Dorg.freemarker.loggerLibrary=none");
        return command;
    }
}
