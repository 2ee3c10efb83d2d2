package org.replyarchive.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's settings, as system properties ({@code -Dbench.replies=5000}) or as {@code key=value}
 * arguments ({@code bench.replies=5000} or {@code replies=5000}; arguments win). See {@link Benchmark}.
 */
record BenchSettings(ArchiveProfile profile, int replies, int runs, Optional<Path> content, Path dir, long seed,
        boolean explicitRatio, String xmx, List<String> jvmArgs, String hugo, boolean fork, boolean incremental) {

    static final String BASE_URL = "https://example.org/archive/";
    private static final int MAX_REPLIES = 20_000;

    static BenchSettings from(String[] args) {
        ArchiveProfile profile = ArchiveProfile.named(setting(args, "bench.profile", "realistic"));
        String ratio = setting(args, "bench.enRatio", "");
        if (!ratio.isEmpty()) {
            profile = profile.withEnglishRatio(Double.parseDouble(ratio));
        }
        int replies = Integer.parseInt(setting(args, "bench.replies", "5000"));
        int runs = Integer.parseInt(setting(args, "bench.runs", "5"));
        if (replies < 1 || replies > MAX_REPLIES || runs < 1) {
            throw new IllegalArgumentException("bench.replies must be 1 to " + MAX_REPLIES
                    + " and bench.runs at least 1, got " + replies + " and " + runs);
        }
        String content = setting(args, "bench.content", "");
        Optional<Path> existing = content.isEmpty() ? Optional.empty()
                : Optional.of(Path.of(content).toAbsolutePath().normalize());
        existing.filter(p -> !Files.isRegularFile(p.resolve("site.yaml"))).ifPresent(p -> {
            throw new IllegalArgumentException("bench.content " + p + " is not a content folder: it has no site.yaml");
        });
        return new BenchSettings(profile, replies, runs, existing,
                Path.of(setting(args, "bench.dir", defaultDir())).toAbsolutePath().normalize(),
                Long.parseLong(setting(args, "bench.seed", Long.toString(SyntheticArchive.DEFAULT_SEED))),
                !ratio.isEmpty(), setting(args, "bench.xmx", "1g"), jvmArgs(setting(args, "bench.jvmArgs", "")),
                setting(args, "bench.hugo", "auto"),
                Boolean.parseBoolean(setting(args, "bench.fork", "true")),
                Boolean.parseBoolean(setting(args, "bench.incremental", "true")));
    }

    /** {@code bench.jvmArgs}: options for the JVM of each of our builds, separated by commas. */
    private static List<String> jvmArgs(String setting) {
        return java.util.Arrays.stream(setting.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /** The command that runs the benchmark again with these settings, from the repository root. */
    String reproduceCommand() {
        List<String> args = new ArrayList<>();
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:")).forEach(args::add);
        if (content.isPresent()) {
            args.add("-Dbench.content=" + content.get());
        } else {
            args.add("-Dbench.profile=" + profile.name());
            args.add("-Dbench.replies=" + replies);
            args.add("-Dbench.seed=" + seed);
            if (explicitRatio) {
                args.add(String.format(Locale.ROOT, "-Dbench.enRatio=%s", profile.englishRatio()));
            }
        }
        args.add("-Dbench.runs=" + runs);
        args.add("-Dbench.xmx=" + xmx);
        if (!jvmArgs.isEmpty()) {
            args.add("-Dbench.jvmArgs=" + String.join(",", jvmArgs));
        }
        args.add("-Dbench.hugo=" + hugo);
        args.add("-Dbench.fork=" + fork);
        args.add("-Dbench.incremental=" + incremental);
        if (!dir.equals(Path.of(defaultDir()).toAbsolutePath().normalize())) {
            args.add("-Dbench.dir=" + dir);
        }
        return "mvn -B -q -pl generator test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test"
                + " \"-Dexec.args=" + String.join(" ", args) + " -classpath %classpath " + Benchmark.class.getName()
                + "\"";
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
}
