package org.replyarchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * The Markdown a build reads (replies and free pages), by language: what the search index's size is compared
 * with.
 *
 * @param byLanguage files and bytes of the {@code .<lang>.md} files, by language code
 */
record MarkdownInput(Map<String, BenchFiles.Size> byLanguage) {

    static MarkdownInput of(Path content, List<String> languages) throws IOException {
        Map<String, BenchFiles.Size> sizes = new LinkedHashMap<>();
        for (String lang : languages) {
            BenchFiles.Size replies = BenchFiles.sizeOf(content.resolve("replies"), "." + lang + ".md");
            BenchFiles.Size pages = BenchFiles.sizeOf(content.resolve("pages"), "." + lang + ".md");
            sizes.put(lang, new BenchFiles.Size(replies.files() + pages.files(), replies.bytes() + pages.bytes()));
        }
        return new MarkdownInput(sizes);
    }

    long bytes() {
        return byLanguage.values().stream().mapToLong(BenchFiles.Size::bytes).sum();
    }

    long bytes(String language) {
        BenchFiles.Size size = byLanguage.get(language);
        return size == null ? 0 : size.bytes();
    }

    String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.1f MiB", bytes() / BenchReport.MIB));
        byLanguage.forEach((lang, size) -> s.append(String.format(Locale.ROOT, ", %s %.1f MiB in %,d files", lang,
                size.bytes() / BenchReport.MIB, size.files())));
        return s.toString();
    }

    /** Index size over input size, in total and per language: {@code 0.42 (zh 0.61, en 0.35)}. */
    String indexRatio(List<SearchFigures> indexes) {
        long index = indexes.stream().mapToLong(SearchFigures::bytes).sum();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.2f", ratio(index, bytes())));
        s.append(" (");
        for (int i = 0; i < indexes.size(); i++) {
            SearchFigures f = indexes.get(i);
            s.append(i == 0 ? "" : ", ").append(f.language()).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", ratio(f.bytes(), bytes(f.language()))));
        }
        return s.append(')').toString();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
