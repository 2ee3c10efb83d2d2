package org.replyarchive.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hugo, where it is installed: finds it, tells its version, and times one build of a {@link HugoSite} as a child
 * process ({@code hugo --quiet --destination <dir> --source <dir>}).
 *
 * @param executable the {@code hugo} binary
 * @param version what {@code hugo version} prints
 */
record HugoRunner(Path executable, String version) {

    /**
     * One build.
     *
     * @param process its exit code, wall time and peak RSS
     * @param htmlFiles HTML files written (pages, and the redirects Hugo writes for page 1 of each list)
     */
    record Run(MeasuredProcess.Outcome process, int htmlFiles) {}

    private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)");

    /**
     * The Hugo that {@code setting} names: {@code auto} for the one on the {@code PATH}, a path to a binary, or
     * {@code off}; empty where there is none.
     */
    static Optional<HugoRunner> find(String setting) {
        String s = setting.strip();
        if (isOff(s)) {
            return Optional.empty();
        }
        Optional<Path> binary = s.equals("auto") || s.isEmpty() ? onPath() : Optional.of(Path.of(s));
        return binary.filter(Files::isExecutable).flatMap(HugoRunner::withVersion);
    }

    /** Whether {@code bench.hugo} turns Hugo off. */
    static boolean isOff(String setting) {
        return List.of("off", "false", "no", "none").contains(setting.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<Path> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "hugo")).filter(Files::isExecutable).findFirst();
    }

    private static Optional<HugoRunner> withVersion(Path binary) {
        try {
            Process p = new ProcessBuilder(binary.toString(), "version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new HugoRunner(binary, out.lines().findFirst().orElse("hugo")));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether this Hugo wants {@code [pagination] pagerSize} (0.128 and later) rather than {@code paginate}. */
    boolean wantsPagerSizeTable() {
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 0 || minor >= 128;
    }

    /** Builds {@code source} into {@code destination}, which should not exist, as a child process. */
    Run build(Path source, Path destination, Path logs, String name) throws IOException {
        MeasuredProcess.Outcome outcome = MeasuredProcess.run(List.of(executable.toString(), "--quiet",
                "--destination", destination.toString(), "--source", source.toString()), logs, name);
        return new Run(outcome, outcome.exitCode() == 0 ? BenchFiles.count(destination, ".html") : 0);
    }
}
