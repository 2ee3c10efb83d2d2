package org.replyarchive.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.SiteGenerator;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;

/**
 * Times full builds of a {@link SyntheticArchive}: generates the archive once, then builds it {@code runs} times
 * into the same output folder and prints, per run and as medians, wall time, pages, pages/s, peak heap and peak
 * RSS.
 *
 * <p>Run it in a fresh JVM with a stated heap, from the repository root:
 * <pre>
 * mvn -B -q -pl generator test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-Xmx2g -Dbench.replies=5000 -Dbench.runs=5 -classpath %classpath org.replyarchive.bench.Benchmark"
 * </pre>
 * {@code exec:java -Dexec.mainClass=org.replyarchive.bench.Benchmark -Dexec.classpathScope=test} works too, but
 * runs in Maven's JVM: its heap ceiling is then whatever Maven got, and heap and RSS include Maven's own.
 *
 * <p>Settings, as system properties or as {@code key=value} arguments (arguments win):
 * <ul>
 *   <li>{@code bench.replies} (5000): replies in the archive;</li>
 *   <li>{@code bench.runs} (5): full builds;</li>
 *   <li>{@code bench.dir} ({@code generator/target/benchmark}): work folder, holding {@code content/} and
 *       {@code site/};</li>
 *   <li>{@code bench.seed} ({@value SyntheticArchive#DEFAULT_SEED}) and {@code bench.enRatio}
 *       ({@value SyntheticArchive#DEFAULT_ENGLISH_RATIO}): the archive's seed and English/Chinese length ratio.</li>
 * </ul>
 *
 * <p>Peak heap is measured three ways, from a {@code System.gc()} before each run: the sum of the heap pools' peak
 * usage (reset with {@code resetPeakUsage}; the pools peak at different moments, so the sum overstates and can
 * exceed the max heap), the most the heap held just before any collection of the run (its real high-water mark,
 * which depends on {@code -Xmx} as much as on the engine), and the most it still held just after one (about the
 * live set: what the build needs). Peak RSS is the process's {@code VmHWM}; it is reset through
 * {@code /proc/self/clear_refs} before each run where the kernel allows, and otherwise only grows.
 */
public final class Benchmark {

    private static final double MIB = 1024.0 * 1024.0;

    private Benchmark() {}

    public static void main(String[] args) throws IOException {
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
        int replies = Integer.parseInt(setting(args, "bench.replies", "5000"));
        int runs = Integer.parseInt(setting(args, "bench.runs", "5"));
        long seed = Long.parseLong(setting(args, "bench.seed", Long.toString(SyntheticArchive.DEFAULT_SEED)));
        double ratio = Double.parseDouble(
                setting(args, "bench.enRatio", Double.toString(SyntheticArchive.DEFAULT_ENGLISH_RATIO)));
        Path dir = Path.of(setting(args, "bench.dir", defaultDir())).toAbsolutePath().normalize();
        if (replies < 1 || runs < 1) {
            throw new IllegalArgumentException("bench.replies and bench.runs must be at least 1");
        }

        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Reply Archive benchmark: %,d replies, %d runs, work folder %s%n", replies, runs, dir);
        System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %,.0f MiB, %d available processors, GC %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.maxMemory() / MIB,
                rt.availableProcessors(), ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
        System.out.println("JVM options: " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dbench.") && !a.startsWith("-Dorg.freemarker"))
                .collect(Collectors.joining(" ")));
        if (System.getProperty("maven.home") != null || System.getProperty("classworlds.conf") != null) {
            System.out.println("Note: running inside Maven's JVM (exec:java): heap and RSS include Maven's own");
        }

        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        // A site left by an earlier invocation would make the first build pay for deleting it when it swaps output
        // folders. That cost depends on the disk, not the engine (tens of seconds for 15,000 files written back to
        // an ext4 mounted with online discard), so it is removed here, untimed.
        long clearing = System.nanoTime();
        deleteTree(content);
        long staleFiles = deleteTree(site);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> leftovers = Files.list(dir)) { // the engine's staging and previous-output folders
                for (Path p : leftovers.filter(p -> p.getFileName().toString().startsWith(".site.")).toList()) {
                    staleFiles += deleteTree(p);
                }
            }
        }
        double clearSeconds = (System.nanoTime() - clearing) / 1e9;
        if (staleFiles > 0) {
            System.out.printf(Locale.ROOT, "Removed the work folder of an earlier invocation (%,d site files) in %.1f s,"
                    + " untimed%n", staleFiles, clearSeconds);
        }
        long t0 = System.nanoTime();
        SyntheticArchive.Summary archive = SyntheticArchive.write(content, replies, seed, ratio);
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        long full = archive.replies() - archive.summaryOnly() - archive.titleOnly();
        System.out.printf(Locale.ROOT, "Archive generated in %.1f s: %,d files, %,.1f MiB (%d translated,"
                        + " %d summary, %d title-only); zh bodies %,d–%,d chars, mean %,d; en mean %,d chars%n",
                genSeconds, archive.files(), archive.bytes() / MIB, archive.translations(), archive.summaryOnly(),
                archive.titleOnly(), archive.minBody(), archive.maxBody(), archive.zhChars() / Math.max(1, full),
                archive.enChars() / Math.max(1, archive.translations() - archive.summaryOnly() - archive.titleOnly()));

        HeapWatch heap = new HeapWatch();
        System.gc();
        System.out.printf(Locale.ROOT, "Before the runs: heap in use after GC %,.0f MiB, RSS %,.0f MiB, load average %s%n",
                heap.inUse() / MIB, statusKib("VmRSS:") / 1024.0, loadAverage());
        boolean rssResets = true;
        List<Run> results = new ArrayList<>();
        BuildConfig config = BuildConfig.builder(content, site).baseUrl("https://example.org/archive/").build();
        System.out.println();
        System.out.println(Run.HEADER);
        for (int i = 1; i <= runs; i++) {
            System.gc();
            heap.reset();
            rssResets &= resetRss();
            List<String> engineLines = new ArrayList<>();
            BuildListener engineLog = new BuildListener() {
                @Override
                public void info(String message) {
                    engineLines.add(message);
                }

                @Override
                public void warning(Problem problem) {}
            };
            long gcBefore = gcMillis();
            long start = System.nanoTime();
            BuildResult result;
            try {
                result = SiteGenerator.build(config, engineLog);
            } catch (ContentProblemsException e) {
                System.out.println("BUILD FAILED on the synthetic archive: " + e.getMessage());
                e.errors().stream().limit(20).map(Problem::describe).forEach(System.out::println);
                throw e;
            }
            double wall = (System.nanoTime() - start) / 1e9;
            Run run = new Run(Integer.toString(i), wall, result.pages(), result.pages() / wall, heap.poolPeakSum() / MIB,
                    heap.maxBeforeGc() / MIB, heap.maxAfterGc() / MIB, (gcMillis() - gcBefore) / 1e3, statusKib("VmHWM:") / 1024.0);
            results.add(run);
            System.out.println(run.row());
            if (i == 1 || result.rendered() != result.pages()) {
                System.out.printf(Locale.ROOT, "  (%,d files written, %,d of the pages rendered, %d warnings)%n",
                        result.files(), result.rendered(), result.warnings().size());
                engineLines.forEach(line -> System.out.println("  engine: " + line));
            }
        }
        System.out.println("-".repeat(Run.HEADER.length()));
        System.out.println(results.get(0).renamed("cold").row());
        if (runs > 1) {
            List<Run> warm = results.subList(1, runs);
            System.out.println(Run.median(runs == 2 ? "run 2" : "median 2-" + runs, warm).row());
        }
        System.out.println("Load average after the runs: " + loadAverage());
        long[] output = sizeOf(site);
        System.out.printf(Locale.ROOT, "%nOutput: %,d files, %,.1f MiB in %s%n", output[0], output[1] / MIB, site);
        SearchFigures.print(site);
        incremental(content, dir);
        System.out.println("wall: SiteGenerator.build, timed around the call. heap: sum of the heap pools' peak usage"
                + " (MiB); the pools peak at different moments, so it can exceed the max heap. pre-GC / post-GC: most"
                + " the heap held before / after any collection of the run (MiB); post-GC is about the live set."
                + " GC: collector time.");
        System.out.println(rssResets
                ? "RSS: peak resident set (VmHWM), reset before each run through /proc/self/clear_refs"
                : "RSS: VmHWM of the process so far; it could not be reset, so it only grows from run to run");
    }

    /**
     * Times the incremental builds: a first build that fills the cache, a rebuild with nothing changed, and
     * a rebuild after one reply's text changed.
     */
    private static void incremental(Path content, Path dir) throws IOException {
        Path site = dir.resolve("site-incremental");
        BuildConfig config = BuildConfig.builder(content, site).baseUrl("https://example.org/archive/")
                .cacheDirectory(dir.resolve("cache")).build();
        deleteTree(dir.resolve("cache"));
        System.out.println();
        System.out.println("Incremental builds (cache in " + dir.resolve("cache") + "):");
        timeIncremental("first, fills the cache", config);
        timeIncremental("nothing changed", config);
        Path reply;
        try (Stream<Path> files = Files.walk(content.resolve("replies"))) {
            reply = files.filter(f -> f.toString().endsWith(".zh.md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(reply, Files.readString(reply) + "\n本段为基准测试追加的一段文字。\n");
        timeIncremental("one reply's text changed", config);
    }

    private static void timeIncremental(String what, BuildConfig config) {
        long start = System.nanoTime();
        BuildResult result = SiteGenerator.build(config, BuildListener.SILENT);
        System.out.printf(Locale.ROOT, "  %-26s %7.2f s, %,d of %,d pages rendered%n", what,
                (System.nanoTime() - start) / 1e9, result.rendered(), result.pages());
    }

    /** One row of the table. */
    private record Run(String name, double wall, double pages, double pagesPerSecond, double heapPeak,
            double heapBeforeGc, double heapAfterGc, double gc, double rss) {

        static final String HEADER = String.format(Locale.ROOT, "%-11s %7s %7s %8s %10s %10s %10s %6s %9s", "run",
                "wall s", "pages", "pages/s", "heap MiB", "pre-GC", "post-GC", "GC s", "RSS MiB");

        String row() {
            return String.format(Locale.ROOT, "%-11s %7.2f %7.0f %8.0f %10.0f %10.0f %10.0f %6.2f %9.0f", name, wall,
                    pages, pagesPerSecond, heapPeak, heapBeforeGc, heapAfterGc, gc, rss);
        }

        Run renamed(String newName) {
            return new Run(newName, wall, pages, pagesPerSecond, heapPeak, heapBeforeGc, heapAfterGc, gc, rss);
        }

        /** Each column's median, independently. */
        static Run median(String name, List<Run> runs) {
            return new Run(name, med(runs, Run::wall), med(runs, Run::pages), med(runs, Run::pagesPerSecond),
                    med(runs, Run::heapPeak), med(runs, Run::heapBeforeGc), med(runs, Run::heapAfterGc),
                    med(runs, Run::gc), med(runs, Run::rss));
        }

        private static double med(List<Run> runs, ToDoubleFunction<Run> f) {
            double[] v = runs.stream().mapToDouble(f).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    /** Heap high-water marks: the pools' own peaks, and the occupancy before each collection. */
    private static final class HeapWatch {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();
        private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final AtomicLong maxBeforeGc = new AtomicLong();
        private final AtomicLong maxAfterGc = new AtomicLong();

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                            GcInfo info = GarbageCollectionNotificationInfo
                                    .from((CompositeData) notification.getUserData()).getGcInfo();
                            maxBeforeGc.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                            maxAfterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
                        }
                    }, null, null);
                }
            }
        }

        private long heapUsed(Map<String, MemoryUsage> usage) {
            return usage.entrySet().stream().filter(e -> poolNames.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }

        void reset() {
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            maxBeforeGc.set(0);
            maxAfterGc.set(0);
        }

        /** The most the heap still held after a collection: about the largest live set of the run. */
        long maxAfterGc() {
            return maxAfterGc.get();
        }

        long poolPeakSum() {
            return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        long inUse() {
            return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        }

        /** The largest occupancy before a collection, or now if the heap has not been collected since. */
        long maxBeforeGc() {
            return Math.max(maxBeforeGc.get(), inUse());
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    /** Resets VmHWM to the current RSS (Linux 4.0+); false where that is not possible. */
    private static boolean resetRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** A size in KiB from /proc/self/status, such as the peak resident set size VmHWM; 0 where there is none. */
    private static long statusKib(String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith(field))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** The 1, 5 and 15 minute load averages, to tell whether something else ran on the machine meanwhile. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String setting(String[] args, String key, String fallback) {
        String shortKey = key.substring("bench.".length());
        for (String arg : args) {
            String a = arg.replaceFirst("^-+", "").replaceFirst("^D", "");
            for (String k : List.of(key + "=", shortKey + "=")) {
                if (a.startsWith(k)) {
                    return a.substring(k.length());
                }
            }
        }
        String property = System.getProperty(key);
        return property == null || property.isBlank() ? fallback : property;
    }

    /** generator/target/benchmark, from the repository root (exec:java) or the generator folder (exec:exec). */
    private static String defaultDir() {
        return Files.isDirectory(Path.of("generator", "src")) ? "generator/target/benchmark" : "target/benchmark";
    }

    /** Deletes {@code dir} and everything in it; returns the number of files deleted. */
    private static long deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        long files = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                files += Files.isRegularFile(p) ? 1 : 0;
                Files.delete(p);
            }
        }
        return files;
    }

    /** Files and bytes under {@code dir}. */
    private static long[] sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long[] total = new long[2];
            walk.filter(Files::isRegularFile).forEach(p -> {
                total[0]++;
                try {
                    total[1] += Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return total;
        }
    }
}
