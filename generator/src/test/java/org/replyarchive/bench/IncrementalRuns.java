package org.replyarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The incremental builds, ours only, as the {@code build} goal runs them: the cache folder and the output kept
 * from one build to the next ({@code reply-archive.cacheDirectory}). A first build fills the cache; then one
 * with nothing changed, one after a paragraph was appended to one reply, and one after one department's English
 * name changed, which touches every page that names that department.
 *
 * <p>The edits are made to a copy of the content (hard links, replaced file by file when edited), so that a
 * content folder given with {@code bench.content} is never changed.
 */
final class IncrementalRuns {

    static final String APPENDED = "本段为基准测试追加的一段文字，用于测量增量构建。";
    private static final Pattern ENGLISH_NAME = Pattern.compile("\\ben:[ \\t]*([\"']?)");

    /** One incremental build, or why it was not made. */
    record Step(String what, Optional<OurBuild.Run> run, String note) {}

    private IncrementalRuns() {}

    static List<Step> run(Path content, Path work, OurBuild ours) throws IOException {
        BenchFiles.deleteTree(work);
        Path copy = work.resolve("content");
        BenchFiles.linkTree(content, copy);
        Path site = work.resolve("out").resolve("site");
        Optional<Path> cache = Optional.of(work.resolve("cache"));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("first build, fills the cache", Optional.of(ours.build(copy, site, cache, "incremental-0")),
                ""));
        steps.add(new Step("nothing changed", Optional.of(ours.build(copy, site, cache, "incremental-1")), ""));
        Optional<Path> reply = firstFullReply(copy);
        steps.add(reply.isEmpty() ? new Step("one reply's text changed", Optional.empty(), "no reply with a text")
                : changed("one reply's text changed", appendParagraph(reply.get(), copy), ours, copy, site, cache, 2));
        Optional<String> renamed = renameFirstDepartment(copy.resolve("registry/departments.yaml"));
        steps.add(renamed.isEmpty() ? new Step("one registry name changed", Optional.empty(),
                        "no English name found in registry/departments.yaml")
                : changed("one registry name changed", renamed.get(), ours, copy, site, cache, 3));
        return steps;
    }

    private static Step changed(String what, String note, OurBuild ours, Path content, Path site,
            Optional<Path> cache, int number) throws IOException {
        return new Step(what, Optional.of(ours.build(content, site, cache, "incremental-" + number)), note);
    }

    private static Optional<Path> firstFullReply(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("replies"))) {
            for (Path zh : files.filter(f -> f.toString().endsWith(".zh.md")).sorted().toList()) {
                if (Files.readString(zh).contains("\ndisclosure: full")) {
                    return Optional.of(zh);
                }
            }
        }
        return Optional.empty();
    }

    /** Appends a paragraph to the body; returns what was changed. */
    private static String appendParagraph(Path reply, Path content) throws IOException {
        BenchFiles.replace(reply, Files.readString(reply).stripTrailing() + "\n\n" + APPENDED + "\n");
        return content.relativize(reply) + ": a paragraph appended";
    }

    /** Prefixes the first department's English name with "Renamed "; returns what was changed, if anything. */
    private static Optional<String> renameFirstDepartment(Path registry) throws IOException {
        if (!Files.exists(registry)) {
            return Optional.empty();
        }
        String yaml = Files.readString(registry);
        int name = yaml.indexOf("name:");
        Matcher m = ENGLISH_NAME.matcher(yaml);
        if (name < 0 || !m.find(name)) {
            return Optional.empty();
        }
        BenchFiles.replace(registry, yaml.substring(0, m.end()) + "Renamed " + yaml.substring(m.end()));
        String key = yaml.substring(0, name).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .reduce((a, b) -> b).orElse("").replaceAll(":.*", "").strip();
        return Optional.of("registry/departments.yaml: the English name of " + key + " prefixed with \"Renamed\"");
    }
}
