package org.replyarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process and measures its wall time and peak resident set, the same way whatever the
 * command is, so that a JVM's figures and Hugo's compare.
 *
 * <p>The peak resident set comes from GNU time ({@code /usr/bin/time -f %M}: the kernel's own count, taken when
 * the child exits) where it is installed and works; else from polling the child's {@code VmHWM} every 10 ms,
 * which misses at most what the child grows in its last 10 ms.
 */
final class MeasuredProcess {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final long POLL_MILLIS = 10;
    private static volatile Boolean gnuTimeWorks;

    /**
     * How a run went.
     *
     * @param exitCode the child's exit code
     * @param wallSeconds from starting the process to its exit
     * @param peakRssKib its peak resident set, 0 if it could not be measured
     * @param stdout where its standard output was written
     * @param stderr where its standard error was written
     */
    record Outcome(int exitCode, double wallSeconds, long peakRssKib, Path stdout, Path stderr) {

        List<String> stdoutLines() {
            return lines(stdout);
        }

        /** The last lines of standard error, for a report of what went wrong. */
        List<String> stderrTail(int count) {
            List<String> lines = lines(stderr);
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        }

        private static List<String> lines(Path file) {
            try {
                return Files.exists(file) ? Files.readAllLines(file) : List.of();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private MeasuredProcess() {}

    /** How peak RSS is measured on this machine, for the report. */
    static String rssMethod() {
        return usesGnuTime() ? "GNU time's maximum resident set (/usr/bin/time -f %M)"
                : "VmHWM of the child polled every " + POLL_MILLIS + " ms (no working /usr/bin/time)";
    }

    /** Runs {@code command}, its output going to {@code logs/<name>.out} and {@code .err}, and waits for it. */
    static Outcome run(List<String> command, Path logs, String name) throws IOException {
        Files.createDirectories(logs);
        Path stdout = logs.resolve(name + ".out");
        Path stderr = logs.resolve(name + ".err");
        Path rssFile = logs.resolve(name + ".rss");
        Files.deleteIfExists(rssFile);
        boolean timed = usesGnuTime();
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rssFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        long polled = waitPolling(process, !timed);
        double wall = (System.nanoTime() - start) / 1e9;
        long rss = timed ? readGnuTimeKib(rssFile).orElse(polled) : polled;
        return new Outcome(process.exitValue(), wall, rss, stdout, stderr);
    }

    /** Waits for the process; when asked, keeps the highest VmHWM seen meanwhile. */
    private static long waitPolling(Process process, boolean poll) {
        long peak = 0;
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (poll) {
                    peak = Math.max(peak, ProcStatus.peakRssKib(process.pid()));
                }
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + process.info().command().orElse("a child"), e);
        }
        return peak;
    }

    /** GNU time writes the figure on its last line, after a line saying so if the command failed. */
    private static Optional<Long> readGnuTimeKib(Path file) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).strip();
                if (line.matches("\\d+")) {
                    return Optional.of(Long.parseLong(line));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code /usr/bin/time} is GNU time: another one, or none, would not understand {@code -f %M -o}. */
    private static boolean usesGnuTime() {
        if (gnuTimeWorks == null) {
            gnuTimeWorks = probeGnuTime();
        }
        return gnuTimeWorks;
    }

    private static boolean probeGnuTime() {
        if (!Files.isExecutable(GNU_TIME)) {
            return false;
        }
        try {
            Path out = Files.createTempFile("bench-time", ".txt");
            try {
                Process p = new ProcessBuilder(GNU_TIME.toString(), "-f", "%M", "-o", out.toString(), "true")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && readGnuTimeKib(out).orElse(0L) > 0;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
