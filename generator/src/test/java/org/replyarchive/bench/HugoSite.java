package org.replyarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes a Reply Archive content folder as a Hugo site, so that the benchmark can time Hugo on the same archive:
 * {@code config.toml} (multilingual, the official language first and default, each in its own subfolder, as
 * Reply Archive does; six taxonomies; lists paginated by 20; RSS of the home page; the sitemap), the replies
 * and free pages under {@code content/} translated by file name ({@code <slug>.zh.md}, {@code <slug>.en.md}),
 * the registries under {@code data/} for the names of the terms, and the layouts of {@link HugoTemplates}.
 *
 * <p>What Hugo is not asked to build: the glossary, the search page and index, the open data, the entry page
 * that offers both languages (Hugo writes a redirect there).
 */
final class HugoSite {

    /** What was written. */
    record Written(int replies, int files, long bytes, double seconds) {}

    private HugoSite() {}

    /**
     * Writes the Hugo site of {@code content} into {@code site}, which should be empty or absent.
     *
     * @param pagerSizeTable whether to set the page size as Hugo 0.128 and later want it
     *     ({@code [pagination] pagerSize}) rather than as {@code paginate}, which Debian's Hugo 0.111 reads
     */
    static Written write(Path content, Path site, String baseUrl, boolean pagerSizeTable) throws IOException {
        long start = System.nanoTime();
        Map<?, ?> settings = yamlMap(content.resolve("site.yaml"));
        List<String> languages = languagesOf(settings);
        AtomicLong bytes = new AtomicLong();
        AtomicLong files = new AtomicLong();
        writeText(site.resolve("config.toml"), config(settings, languages, baseUrl, pagerSizeTable), bytes, files);
        for (Map.Entry<String, String> file : HugoTemplates.files().entrySet()) {
            writeText(site.resolve(file.getKey()), file.getValue(), bytes, files);
        }
        for (String registry : List.of("sessions", "departments", "proposers", "topics")) {
            Path from = content.resolve("registry").resolve(registry + ".yaml");
            if (Files.exists(from)) {
                writeText(site.resolve("data").resolve(registry + ".yaml"), Files.readString(from), bytes, files);
            }
        }
        copyPages(content.resolve("pages"), site.resolve("content"), bytes, files);
        int replies = writeReplies(content.resolve("replies"), site.resolve("content/replies"), languages, bytes, files);
        return new Written(replies, (int) files.get(), bytes.get(), (System.nanoTime() - start) / 1e9);
    }

    private static String config(Map<?, ?> settings, List<String> languages, String baseUrl, boolean pagerSizeTable) {
        StringBuilder toml = new StringBuilder();
        toml.append("baseURL = ").append(HugoReply.quote(baseUrl)).append('\n')
                .append("defaultContentLanguage = ").append(HugoReply.quote(languages.get(0))).append('\n')
                .append("defaultContentLanguageInSubdir = true\n")
                .append("disablePathToLower = true\n") // Reply Archive keeps the case of slugs: 2023D51
                .append("hasCJKLanguage = true\n")
                // Reply Archive has no list of every reply, so Hugo's section page would be extra work.
                .append("disableKinds = [\"section\"]\n");
        if (!pagerSizeTable) {
            toml.append("paginate = 20\nrssLimit = 20\n");
        }
        toml.append("\n[taxonomies]\n");
        for (String taxonomy : HugoReply.TAXONOMIES) {
            toml.append("  ").append(taxonomy, 0, taxonomy.length() - 1).append(" = \"").append(taxonomy).append("\"\n");
        }
        toml.append("\n[outputs]\n  home = [\"HTML\", \"RSS\"]\n  page = [\"HTML\"]\n  taxonomy = [\"HTML\"]\n"
                + "  term = [\"HTML\"]\n");
        if (pagerSizeTable) {
            toml.append("\n[pagination]\n  pagerSize = 20\n\n[services.rss]\n  limit = 20\n");
        }
        toml.append("\n[languages]\n");
        Map<?, ?> titles = settings.get("title") instanceof Map<?, ?> m ? m : Map.of();
        for (int i = 0; i < languages.size(); i++) {
            String lang = languages.get(i);
            toml.append("  [languages.").append(lang).append("]\n    weight = ").append(i + 1)
                    .append("\n    languageName = ").append(HugoReply.quote(lang.equals("zh") ? "中文" : "English"))
                    .append("\n    title = ").append(HugoReply.quote(HugoReply.text(titles.get(lang)))).append('\n');
        }
        return toml.toString();
    }

    /** {@code pages/<name>.<lang>.md} → {@code content/<name>.<lang>.md}: their front matter suits Hugo as it is. */
    private static void copyPages(Path pages, Path target, AtomicLong bytes, AtomicLong files) throws IOException {
        if (!Files.isDirectory(pages)) {
            return;
        }
        try (Stream<Path> list = Files.list(pages)) {
            for (Path page : list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                writeText(target.resolve(page.getFileName().toString()), Files.readString(page), bytes, files);
            }
        }
    }

    /** Each {@code replies/<year>/<slug>.zh.md} with its translation, in parallel: the bodies are most of the bytes. */
    private static int writeReplies(Path replies, Path target, List<String> languages, AtomicLong bytes,
            AtomicLong files) throws IOException {
        String officialSuffix = "." + languages.get(0) + ".md";
        List<Path> officials;
        try (Stream<Path> walk = Files.walk(replies)) {
            officials = walk.filter(p -> p.getFileName().toString().endsWith(officialSuffix)).sorted().toList();
        }
        officials.parallelStream().forEach(official -> {
            String slug = official.getFileName().toString().replace(officialSuffix, "");
            Optional<Path> translation = languages.size() < 2 ? Optional.empty()
                    : Optional.of(official.resolveSibling(slug + "." + languages.get(1) + ".md")).filter(Files::exists);
            Path folder = target.resolve(replies.relativize(official.getParent()).toString());
            try {
                Files.createDirectories(folder);
                bytes.addAndGet(HugoReply.write(official, translation, folder, languages));
                files.addAndGet(Math.min(2, languages.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return officials.size();
    }

    /** The languages of the archive in {@code content}, the official one first, as its {@code site.yaml} says. */
    static List<String> languagesOf(Path content) throws IOException {
        return languagesOf(yamlMap(content.resolve("site.yaml")));
    }

    private static List<String> languagesOf(Map<?, ?> settings) {
        if (settings.get("languages") instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(HugoReply::text).toList();
        }
        return List.of("zh", "en");
    }

    private static Map<?, ?> yamlMap(Path file) throws IOException {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(file).replaceFirst("^\uFEFF", ""));
        return parsed instanceof Map<?, ?> m ? m : Map.of();
    }

    private static void writeText(Path file, String text, AtomicLong bytes, AtomicLong files) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        Files.write(file, b);
        bytes.addAndGet(b.length);
        files.incrementAndGet();
    }
}
