package org.replyarchive.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one build of Reply Archive measured in its own JVM, as the one line a {@link ChildBuild} prints:
 * {@code BENCH-FIGURES wall=… engine=… pages=…}, every value a plain number (seconds, counts, bytes, KiB).
 *
 * @param wallSeconds {@code SiteGenerator.build}, timed around the call
 * @param engineSeconds what the engine itself reports ({@code BuildResult.seconds()})
 * @param pages HTML pages written
 * @param rendered pages rendered by this build (fewer when the cache had the others)
 * @param files files written
 * @param heapHighWater the most the heap held before any collection, bytes
 * @param liveSet the most it still held after one: about the live set, bytes
 * @param gcSeconds collector time
 * @param ownPeakRssKib the JVM's own VmHWM at the end of the build
 * @param heldAfterRendering what the heap held after a full collection once every page was rendered, bytes:
 *     the archive-wide state at its largest (model, plan, search's per-document records, the site's file
 *     list), which {@code liveSet} only bounds from above; -1 when the build ran in a JVM of its own
 */
record BuildFigures(double wallSeconds, double engineSeconds, int pages, int rendered, int files,
        long heapHighWater, long liveSet, double gcSeconds, long ownPeakRssKib, long heldAfterRendering) {

    static final String PREFIX = "BENCH-FIGURES";

    double pagesPerSecond() {
        return wallSeconds == 0 ? 0 : pages / wallSeconds;
    }

    String line() {
        return String.format(Locale.ROOT, "%s wall=%.4f engine=%.4f pages=%d rendered=%d files=%d heapHighWater=%d"
                        + " liveSet=%d gc=%.4f pagesPerSecond=%.1f peakRssKib=%d heldAfterRendering=%d", PREFIX,
                wallSeconds, engineSeconds, pages, rendered, files, heapHighWater, liveSet, gcSeconds,
                pagesPerSecond(), ownPeakRssKib, heldAfterRendering);
    }

    /** The figures in {@code line}, if it is such a line. */
    static Optional<BuildFigures> parse(String line) {
        if (!line.startsWith(PREFIX + " ")) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(PREFIX.length()).strip().split("\\s+")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return Optional.of(new BuildFigures(Double.parseDouble(values.get("wall")),
                Double.parseDouble(values.get("engine")), Integer.parseInt(values.get("pages")),
                Integer.parseInt(values.get("rendered")), Integer.parseInt(values.get("files")),
                Long.parseLong(values.get("heapHighWater")), Long.parseLong(values.get("liveSet")),
                Double.parseDouble(values.get("gc")), Long.parseLong(values.get("peakRssKib")),
                Long.parseLong(values.getOrDefault("heldAfterRendering", "-1"))));
    }
}
