package org.replyarchive.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.fork.ForkedBuilds;
import org.replyarchive.fork.SmallChange;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;

/**
 * One build of Reply Archive in a JVM of its own, started by the {@link Benchmark} with the heap it is given:
 * builds once and prints the engine's progress lines ({@code engine: …}) and then its figures as one
 * {@link BuildFigures} line. A JVM per build makes heap caps, peak RSS and wall time those of that build alone,
 * comparable with Hugo's, which is a process per build too.
 *
 * <p>Arguments: {@code <content> <output> <base URL> [<cache folder>]}. Exit code 2 when the content has errors.
 * With a cache folder the build is made as the {@code build} goal makes it: in a JVM of its own when it is likely
 * small ({@link ForkedBuilds}); its wall time then includes that JVM's start.
 */
public final class ChildBuild {

    private static HeapWatch heap;

    private ChildBuild() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ChildBuild <content> <output> <base URL> [<cache folder>]");
            System.exit(64);
        }
        BuildConfig.Builder config = BuildConfig.builder(Path.of(args[0]), Path.of(args[1])).baseUrl(args[2]);
        if (args.length > 3) {
            config.cacheDirectory(Path.of(args[3]));
        }
        try {
            BuildFigures figures = build(config.build(), line -> System.out.println("engine: " + line));
            System.out.println(figures.line());
        } catch (ContentProblemsException e) {
            System.err.println("BUILD FAILED: " + e.getMessage());
            e.errors().stream().limit(20).map(Problem::describe).forEach(System.err::println);
            System.exit(2);
        }
    }

    /**
     * How the engine's line that closes the rendering stage starts ({@code Rendering: 24,766 pages (…) in …}):
     * its progress lines say {@code Rendering: 651/24,766 pages}.
     */
    private static final java.util.regex.Pattern RENDERING_DONE_LINE =
            java.util.regex.Pattern.compile("Rendering: [0-9,]+ pages \\(");

    /**
     * The heap in use after a full collection, asked when rendering ends: every page is written and nothing of
     * any text is held, while every archive-wide structure still is. Costs one full collection (a few tenths
     * of a second at 5,000 replies), inside the build's wall time.
     */
    private static long heldNow() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<Path> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
    }

    /**
     * Builds once in this JVM and measures it. In a JVM that has built before (the benchmark's in-process mode),
     * the heap is collected and the high-water marks reset first, so that the figures are this build's.
     */
    static synchronized BuildFigures build(BuildConfig config, Consumer<String> engineLines) {
        if (heap == null) {
            heap = new HeapWatch();
        } else {
            System.gc();
            heap.reset();
            ProcStatus.resetOwnPeakRss();
        }
        // As the build goal does: a build with a cache that is likely small runs in a JVM of its own
        // (-Dreply-archive.fork=false keeps it here; heap figures are then this JVM's alone).
        boolean mayFork = config.cacheDirectory().isPresent()
                && !"false".equals(System.getProperty("reply-archive.fork"));
        boolean inThisJvm = !mayFork || !SmallChange.likely(config, classPath());
        long[] held = {-1};
        BuildListener listener = new BuildListener() {
            @Override
            public void info(String message) {
                if (inThisJvm && RENDERING_DONE_LINE.matcher(message).lookingAt()) {
                    held[0] = heldNow();
                }
                engineLines.accept(message);
            }

            @Override
            public void warning(Problem problem) {
                engineLines.accept("warning: " + problem.describe());
            }
        };
        long gcBefore = HeapWatch.gcMillis();
        long start = System.nanoTime();
        BuildResult result = mayFork ? ForkedBuilds.build(config, listener, classPath())
                : SiteGenerator.build(config, listener);
        double wall = (System.nanoTime() - start) / 1e9;
        return new BuildFigures(wall, result.seconds(), result.pages(), result.rendered(), result.files(),
                heap.maxBeforeGc(), heap.maxAfterGc(), (HeapWatch.gcMillis() - gcBefore) / 1e3,
                ProcStatus.ownPeakRssKib(), held[0]);
    }
}
