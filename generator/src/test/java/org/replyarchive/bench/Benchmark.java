package org.replyarchive.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times full builds of an archive with Reply Archive and, where Hugo is installed, with Hugo on the same archive,
 * in turn (ours, Hugo, ours, Hugo, …), each build a process of its own; then ours incrementally. It prints, per
 * build and as medians: wall time, pages/s, heap high-water and live set, peak RSS, the search index's size, its
 * largest file and what a two-term query downloads, against the Markdown input; the incremental times; and the
 * command that runs it again.
 *
 * <p>Run it from the repository root:
 * <pre>
 * mvn -B -q -pl generator test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-Dbench.profile=stress -Dbench.replies=5000 -Dbench.runs=3 -classpath %classpath org.replyarchive.bench.Benchmark"
 * </pre>
 * The JVM that {@code exec:exec} starts only orchestrates; each of our builds runs in a fresh JVM
 * ({@link ChildBuild}, {@code java -Xmx<bench.xmx> -cp <the same class path>}), so that its heap cap, peak RSS and
 * wall time are its own and compare with Hugo's, which is a process per build as well. Under {@code exec:java},
 * whose class path is Maven's launcher, or with {@code bench.fork=false}, our builds run in the benchmark's JVM.
 *
 * <p>Settings, as system properties or as {@code key=value} arguments (arguments win):
 * <ul>
 *   <li>{@code bench.profile} ({@code realistic}): the synthetic archive, {@code realistic} (bodies of 3,000–15,000
 *       Chinese characters, English summarised at 1.5 characters per character, the seeds' registries) or
 *       {@code stress} (8,000–35,000, mean ≈19,000, English at 0.63 words per character, 400 proposers, 30
 *       departments, 60 topics, 18 sessions over 12 years); see {@link ArchiveProfile};</li>
 *   <li>{@code bench.replies} (5000, at most 20,000): replies in the archive;</li>
 *   <li>{@code bench.content}: build this existing content folder instead of generating one (it is never
 *       changed: the incremental builds edit a copy);</li>
 *   <li>{@code bench.runs} (5): full builds of each tool;</li>
 *   <li>{@code bench.xmx} ({@code 1g}): the heap cap of each of our builds;</li>
 *   <li>{@code bench.jvmArgs} (none): more options for the JVM of each of our builds, separated by commas
 *       ({@code -XX:TieredStopAtLevel=1}, say);</li>
 *   <li>{@code bench.hugo} ({@code auto}): the Hugo on the {@code PATH}, a path to a {@code hugo} binary, or
 *       {@code off};</li>
 *   <li>{@code bench.fork} ({@code true}): {@code false} builds in the benchmark's JVM;</li>
 *   <li>{@code bench.incremental} ({@code true}): {@code false} skips the incremental builds;</li>
 *   <li>{@code bench.dir} ({@code generator/target/benchmark}): the work folder;</li>
 *   <li>{@code bench.seed} ({@value SyntheticArchive#DEFAULT_SEED}) and {@code bench.enRatio} (the profile's):
 *       the archive's seed and English/Chinese length ratio in characters.</li>
 * </ul>
 *
 * <p>Every full build writes into a fresh output folder: the previous build's output is deleted first, untimed,
 * for ours and Hugo alike, because deleting a large site costs what the disk makes it cost (tens of seconds on a
 * disk mounted with online discard) and Hugo, which writes over its destination without deleting, would not pay
 * it. The Hugo site ({@link HugoSite}) is written next to the content, {@code hugo-source/}, also without Hugo.
 *
 * <p>Heap high-water is the most the heap held just before any collection of the build (which depends on
 * {@code -Xmx} as much as on the engine); the live set the most it still held just after one (what the build
 * needs); both from the collectors' notifications ({@link HeapWatch}). Peak RSS is measured from outside, the same
 * way for both tools ({@link MeasuredProcess}).
 */
public final class Benchmark {

    private static final PrintStream OUT = System.out;

    private Benchmark() {}

    public static void main(String[] args) throws IOException {
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
        BenchSettings settings = BenchSettings.from(args);
        Path dir = settings.dir();
        Optional<HugoRunner> hugo = HugoRunner.find(settings.hugo());
        boolean fork = settings.fork() && OurBuild.canFork();
        OurBuild ours = new OurBuild(fork, settings.xmx(), settings.jvmArgs(), dir.resolve("logs"),
                BenchSettings.BASE_URL);
        printSetup(settings, hugo, ours);

        Path content = settings.content().orElse(dir.resolve("content"));
        if (settings.content().isEmpty()) {
            generate(settings, content);
        } else {
            OUT.println("Content: " + content + " (bench.content, built as it is)");
        }
        List<String> languages = HugoSite.languagesOf(content);
        MarkdownInput input = MarkdownInput.of(content, languages);
        OUT.println("Markdown input: " + input.describe());
        Path hugoSource = dir.resolve("hugo-source");
        if (!HugoRunner.isOff(settings.hugo())) {
            writeHugoSite(content, hugoSource, hugo);
        }

        BenchReport report = new BenchReport(OUT, input);
        report.tableHeader();
        for (int run = 1; run <= settings.runs(); run++) {
            runOurs(run, ours, content, dir.resolve("ours"), languages, report);
            if (hugo.isPresent()) {
                runHugo(run, hugo.get(), hugoSource, dir.resolve("hugo-public"), dir.resolve("logs"), report);
            }
        }
        OUT.println("Load average after the runs: " + ProcStatus.loadAverage());
        if (settings.incremental()) {
            incremental(content, dir.resolve("incremental"), ours, report);
        }
        printNotes(ours);
        report.medians(settings.reproduceCommand());
    }

    private static void printSetup(BenchSettings settings, Optional<HugoRunner> hugo, OurBuild ours) {
        OUT.printf(Locale.ROOT, "Reply Archive benchmark: %s, %d runs, work folder %s%n", settings.content()
                .map(c -> "content " + c).orElse(String.format(Locale.ROOT, "%,d synthetic replies (%s profile)",
                        settings.replies(), settings.profile().name())), settings.runs(), settings.dir());
        if (settings.content().isEmpty()) {
            OUT.println("  " + settings.profile().describe());
        }
        OUT.printf(Locale.ROOT, "Machine: %d processors, load average %s; benchmark JVM %s %s, max heap %,.0f MiB%n",
                Runtime.getRuntime().availableProcessors(), ProcStatus.loadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / BenchReport.MIB);
        OUT.println("Ours: " + ours.describe());
        if (settings.fork() && !ours.forked()) {
            OUT.println("  (this JVM's class path cannot start a child JVM, as under exec:java: building in-process)");
        }
        OUT.println("Hugo: " + hugo.map(h -> h.version() + " (" + h.executable() + ")")
                .orElse("not run (bench.hugo=" + settings.hugo() + "; none found)"));
        OUT.println("Peak RSS: " + (ours.forked() || hugo.isPresent() ? MeasuredProcess.rssMethod()
                : "VmHWM of this JVM, reset before each build where the kernel allows"));
        OUT.println("Output: each full build writes into a fresh folder (the previous output deleted first, untimed)");
    }

    private static void generate(BenchSettings settings, Path content) throws IOException {
        long staleFiles = BenchFiles.deleteTree(content);
        if (staleFiles > 0) {
            OUT.printf(Locale.ROOT, "Removed the content of an earlier invocation (%,d files), untimed%n", staleFiles);
        }
        long start = System.nanoTime();
        SyntheticArchive.Summary a = SyntheticArchive.write(content, settings.replies(), settings.seed(),
                settings.profile());
        OUT.printf(Locale.ROOT, "Archive generated in %.1f s: %,d files, %,.1f MiB (%,d translated, %,d summary,"
                        + " %,d title-only); zh bodies %,d–%,d characters, mean %,d; English %.2f words per character"
                        + " of the Chinese it translates%n", (System.nanoTime() - start) / 1e9, a.files(),
                a.bytes() / BenchReport.MIB, a.translations(), a.summaryOnly(), a.titleOnly(), a.minBody(),
                a.maxBody(), a.zhChars() / Math.max(1, a.fullTexts()), a.englishWordsPerChar());
    }

    private static void writeHugoSite(Path content, Path hugoSource, Optional<HugoRunner> hugo) throws IOException {
        BenchFiles.deleteTree(hugoSource);
        HugoSite.Written w = HugoSite.write(content, hugoSource, BenchSettings.BASE_URL,
                hugo.map(HugoRunner::wantsPagerSizeTable).orElse(false));
        OUT.printf(Locale.ROOT, "Hugo site written in %.1f s: %,d replies, %,d files, %,.1f MiB in %s%n", w.seconds(),
                w.replies(), w.files(), w.bytes() / BenchReport.MIB, hugoSource);
    }

    private static void runOurs(int run, OurBuild ours, Path content, Path outputs, List<String> languages,
            BenchReport report) throws IOException {
        clearOutput(outputs);
        Path site = outputs.resolve("site");
        try {
            OurBuild.Run r = ours.build(content, site, Optional.empty(), "ours-" + run);
            report.ours(run, r, SearchFigures.of(site, languages));
        } catch (OurBuild.Failure | org.replyarchive.problem.ContentProblemsException e) {
            report.failed(run, "ours", e.getMessage());
        }
    }

    private static void runHugo(int run, HugoRunner hugo, Path source, Path destination, Path logs,
            BenchReport report) throws IOException {
        clearOutput(destination);
        HugoRunner.Run r = hugo.build(source, destination, logs, "hugo-" + run);
        if (r.process().exitCode() != 0) {
            report.failed(run, "hugo", "exit code " + r.process().exitCode() + ":\n    "
                    + String.join("\n    ", r.process().stderrTail(15)));
        } else {
            report.hugo(run, r);
        }
    }

    /** Deletes a build's output folder and the engine's staging leftovers beside it, untimed. */
    private static void clearOutput(Path folder) throws IOException {
        BenchFiles.deleteTree(folder);
        Path parent = folder.getParent();
        if (Files.isDirectory(parent)) {
            String leftovers = "." + folder.getFileName() + ".";
            try (Stream<Path> list = Files.list(parent)) {
                for (Path p : list.filter(p -> p.getFileName().toString().startsWith(leftovers)).toList()) {
                    BenchFiles.deleteTree(p);
                }
            }
        }
    }

    private static void incremental(Path content, Path work, OurBuild ours, BenchReport report) throws IOException {
        try {
            report.incremental(IncrementalRuns.run(content, work, ours));
        } catch (OurBuild.Failure | org.replyarchive.problem.ContentProblemsException e) {
            OUT.println("Incremental builds FAILED: " + e.getMessage());
        }
    }

    private static void printNotes(OurBuild ours) {
        OUT.println();
        OUT.println("wall: from starting the build's process to its exit (in-process: the build alone). build s: "
                + "SiteGenerator.build timed inside the JVM. pages/s: pages over wall. heap: most the heap held before "
                + "any collection; live: most it held after one (an upper bound of the live set: a young collection "
                + "leaves the old generation's garbage). held: the heap after a full collection made when rendering "
                + "ends, every archive-wide structure and no text (not measured in builds run in a JVM of their "
                + "own). RSS: peak resident set. "
                + "Hugo's pages are the HTML files it wrote, page-1 redirects of its lists included.");
        if (!ours.forked()) {
            OUT.println("In-process builds: RSS is this JVM's VmHWM, reset before each build through "
                    + "/proc/self/clear_refs where the kernel allows (else it only grows), heap and RSS include the "
                    + "benchmark's own.");
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dbench.") && !a.startsWith("-Dorg.freemarker")).toList();
        OUT.println("JVM options of the benchmark: " + (options.isEmpty() ? "none" : String.join(" ", options)));
    }
}
