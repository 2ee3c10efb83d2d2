package org.replyarchive.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Prints the benchmark's figures as they come, one row per build, and keeps them for the medians at the end.
 * Sizes in MiB; times in seconds.
 */
final class BenchReport {

    static final double MIB = 1024.0 * 1024.0;

    private static final String ROW = "%-4s %-5s %8s %8s %7s %8s %9s %9s %8s %9s";
    private static final String HEADER = String.format(Locale.ROOT, ROW, "run", "tool", "wall s", "build s", "pages",
            "pages/s", "heap MiB", "live MiB", "RSS MiB", "ours/hugo");

    private final PrintStream out;
    private final MarkdownInput input;
    private final List<OurBuild.Run> ours = new ArrayList<>();
    private final List<HugoRunner.Run> hugo = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();
    private OurBuild.Run lastOurs;
    private List<SearchFigures> index = List.of();
    private List<IncrementalRuns.Step> incremental = List.of();

    BenchReport(PrintStream out, MarkdownInput input) {
        this.out = out;
        this.input = input;
    }

    void tableHeader() {
        out.println();
        out.println(HEADER);
    }

    void ours(int run, OurBuild.Run r, List<SearchFigures> searchIndex) {
        ours.add(r);
        lastOurs = r;
        index = searchIndex;
        BuildFigures f = r.figures();
        out.println(row(Integer.toString(run), "ours", r.wallSeconds(), f.wallSeconds(), f.pages(), r.pagesPerSecond(),
                f.heapHighWater() / MIB, f.liveSet() / MIB, r.peakRssKib() / 1024.0, Double.NaN));
        if (!searchIndex.isEmpty()) {
            out.println("           search index: " + searchIndex.stream().map(SearchFigures::describe)
                    .collect(Collectors.joining("; ")) + "; index/input " + input.indexRatio(searchIndex));
        }
        if (run == 1) {
            out.printf(Locale.ROOT, "           (%,d files written, %,d pages rendered, engine %.2f s, GC %.2f s)%n",
                    f.files(), f.rendered(), f.engineSeconds(), f.gcSeconds());
            r.engineLines().forEach(line -> out.println("           engine: " + line));
        }
    }

    void hugo(int run, HugoRunner.Run r) {
        hugo.add(r);
        double wall = r.process().wallSeconds();
        double ratio = lastOurs == null || ours.size() != hugo.size() ? Double.NaN : lastOurs.wallSeconds() / wall;
        if (!Double.isNaN(ratio)) {
            ratios.add(ratio);
        }
        out.println(row(Integer.toString(run), "hugo", wall, Double.NaN, r.htmlFiles(), r.htmlFiles() / wall,
                Double.NaN, Double.NaN, r.process().peakRssKib() / 1024.0, ratio));
    }

    void failed(int run, String tool, String message) {
        out.printf(Locale.ROOT, "%-4d %-5s FAILED: %s%n", run, tool, message);
    }

    void incremental(List<IncrementalRuns.Step> steps) {
        incremental = steps;
        out.println();
        out.println("Incremental builds (ours; cache and output kept from one build to the next):");
        for (IncrementalRuns.Step step : steps) {
            out.println("  " + describe(step));
        }
    }

    private static String describe(IncrementalRuns.Step step) {
        if (step.run().isEmpty()) {
            return String.format(Locale.ROOT, "%-30s skipped: %s", step.what(), step.note());
        }
        OurBuild.Run r = step.run().get();
        return String.format(Locale.ROOT, "%-30s wall %6.2f s, engine %6.2f s, %,d of %,d pages rendered%s",
                step.what(), r.wallSeconds(), r.figures().engineSeconds(), r.figures().rendered(), r.figures().pages(),
                step.note().isEmpty() ? "" : " (" + step.note() + ")");
    }

    /** The medians of every column, each independently, the search index, the incremental times and the command. */
    void medians(String reproduce) {
        out.println();
        out.printf(Locale.ROOT, "Medians of %d runs%s%n", Math.max(ours.size(), hugo.size()),
                ours.size() == hugo.size() || hugo.isEmpty() ? "" : " (" + ours.size() + " ours, " + hugo.size() + " hugo)");
        out.printf(Locale.ROOT, "  %-44s %10s %10s%n", "", "ours", hugo.isEmpty() ? "" : "hugo");
        line("wall s", med(ours, OurBuild.Run::wallSeconds), med(hugo, h -> h.process().wallSeconds()), "%.2f");
        line("build s (inside the JVM)", med(ours, r -> r.figures().wallSeconds()), Double.NaN, "%.2f");
        line("engine s (BuildResult.seconds)", med(ours, r -> r.figures().engineSeconds()), Double.NaN, "%.2f");
        line("pages (hugo: HTML files)", med(ours, r -> r.figures().pages()), med(hugo, HugoRunner.Run::htmlFiles),
                "%,.0f");
        line("pages/s (on wall)", med(ours, OurBuild.Run::pagesPerSecond),
                med(hugo, h -> h.htmlFiles() / h.process().wallSeconds()), "%,.0f");
        line("heap high-water MiB (pre-GC)", med(ours, r -> r.figures().heapHighWater() / MIB), Double.NaN, "%,.0f");
        line("live set MiB (post-GC)", med(ours, r -> r.figures().liveSet() / MIB), Double.NaN, "%,.0f");
        double held = med(ours, r -> r.figures().heldAfterRendering() / MIB);
        if (held >= 0) {
            line("held when rendering ends MiB (full GC)", held, Double.NaN, "%,.1f");
        }
        line("peak RSS MiB", med(ours, r -> r.peakRssKib() / 1024.0), med(hugo, h -> h.process().peakRssKib() / 1024.0),
                "%,.0f");
        if (!ratios.isEmpty()) {
            out.printf(Locale.ROOT, "  %-44s %10.2f   (median of the per-run ratios %s)%n", "ours/hugo wall",
                    median(ratios), ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r))
                            .collect(Collectors.joining(", ")));
        }
        for (SearchFigures f : index) {
            out.printf(Locale.ROOT, "  %-44s %s%n", "search index " + f.language(), f.describe().substring(3));
        }
        out.printf(Locale.ROOT, "  %-44s %s%n", "Markdown input", input.describe());
        if (!index.isEmpty()) {
            out.printf(Locale.ROOT, "  %-44s %s%n", "search index / Markdown input", input.indexRatio(index));
        }
        for (IncrementalRuns.Step step : incremental) {
            step.run().ifPresent(r -> out.printf(Locale.ROOT, "  %-44s wall %.2f s, engine %.2f s%n",
                    "incremental: " + step.what(), r.wallSeconds(), r.figures().engineSeconds()));
        }
        out.println();
        out.println("Reproduce (from the repository root):");
        out.println("  " + reproduce);
    }

    private void line(String name, double ours, double hugo, String format) {
        out.printf(Locale.ROOT, "  %-44s %10s %10s%n", name, cell(ours, format), cell(hugo, format));
    }

    private static String row(String run, String tool, double wall, double build, double pages, double perSecond,
            double heap, double live, double rss, double ratio) {
        return String.format(Locale.ROOT, ROW, run, tool, cell(wall, "%.2f"), cell(build, "%.2f"), cell(pages, "%.0f"),
                cell(perSecond, "%,.0f"), cell(heap, "%,.0f"), cell(live, "%,.0f"), cell(rss, "%,.0f"),
                cell(ratio, "%.2f"));
    }

    private static String cell(double value, String format) {
        return Double.isNaN(value) ? (format.isEmpty() ? "" : "-") : String.format(Locale.ROOT, format, value);
    }

    private static <T> double med(List<T> runs, ToDoubleFunction<T> f) {
        return runs.isEmpty() ? Double.NaN : median(runs.stream().mapToDouble(f).boxed().toList());
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
