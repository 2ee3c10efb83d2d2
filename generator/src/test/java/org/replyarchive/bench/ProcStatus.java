package org.replyarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** What Linux tells of a process through {@code /proc}: resident set sizes and the machine's load. */
final class ProcStatus {

    private ProcStatus() {}

    /** The peak resident set of this process (VmHWM) in KiB; 0 where the kernel does not say. */
    static long ownPeakRssKib() {
        return statusKib(Path.of("/proc/self/status"), "VmHWM:");
    }

    /** The peak resident set of a live process in KiB; 0 once it has exited or where the kernel does not say. */
    static long peakRssKib(long pid) {
        return statusKib(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
    }

    /** Resets VmHWM to the current RSS (Linux 4.0+), for a build in a JVM that has built before. */
    static boolean resetOwnPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static long statusKib(Path status, String field) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith(field))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** The 1, 5 and 15 minute load averages, to tell whether something else ran on the machine meanwhile. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
