package org.replyarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a reader's browser downloads for a search on the built site, from the sizes of the files under
 * {@code <site>/<lang>/search/index/} alone, so that the figures survive a change of the index's format:
 * what every query reads (the files whose names start with {@code manifest} or {@code norms}) plus the posting
 * files of the query's terms. Posting files are all the other files of the index except the per-document folder
 * {@code d/} and the filter columns ({@code filters…}, read only when a filter is chosen). With the two terms in
 * the two largest posting files, that is the most any two-term query costs.
 *
 * @param language the language of the index
 * @param files every file of the index
 * @param bytes their total size
 * @param largestFile the largest of them
 * @param largestName its path in the index
 * @param manifestBytes the files every query reads: manifest and norms
 * @param postingFiles the posting files
 * @param twoTermQueryBytes manifest plus the two largest posting files
 */
record SearchFigures(String language, long files, long bytes, long largestFile, String largestName,
        long manifestBytes, int postingFiles, long twoTermQueryBytes) {

    static final String INDEX = "search/index";
    private static final String DOCUMENTS = "d";

    /** The figures of the index of each of {@code languages} that has one under {@code site}, in that order. */
    static List<SearchFigures> of(Path site, List<String> languages) throws IOException {
        List<SearchFigures> all = new ArrayList<>();
        for (String lang : languages) {
            Path index = site.resolve(lang).resolve(INDEX);
            if (Files.isDirectory(index)) {
                all.add(ofIndex(lang, index));
            }
        }
        return all;
    }

    private static SearchFigures ofIndex(String language, Path index) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(index)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Path largest = files.stream().max(Comparator.comparingLong(BenchFiles::size)).orElse(index);
        long manifest = files.stream().filter(SearchFigures::isManifest).mapToLong(BenchFiles::size).sum();
        List<Long> postings = files.stream()
                .filter(f -> !isManifest(f) && !isPerDocument(index, f) && !named(f, "filters"))
                .map(BenchFiles::size).sorted(Comparator.reverseOrder()).toList();
        long twoLargest = postings.stream().limit(2).mapToLong(Long::longValue).sum();
        return new SearchFigures(language, files.size(), files.stream().mapToLong(BenchFiles::size).sum(),
                files.isEmpty() ? 0 : BenchFiles.size(largest), index.relativize(largest).toString(), manifest,
                postings.size(), manifest + twoLargest);
    }

    private static boolean isManifest(Path file) {
        return named(file, "manifest") || named(file, "norms");
    }

    private static boolean named(Path file, String prefix) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    private static boolean isPerDocument(Path index, Path file) {
        Path relative = index.relativize(file);
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals(DOCUMENTS);
    }

    /** One line: {@code zh 12.3 MiB in 1,234 files (…), largest 79 KiB (d/12.txt), manifest …, two-term query …}. */
    String describe() {
        return String.format(Locale.ROOT, "%s %.1f MiB in %,d files (%,d posting), largest %s KiB (%s),"
                        + " manifest %s KiB, two-term query %s KiB", language, bytes / BenchReport.MIB, files,
                postingFiles, kib(largestFile), largestName, kib(manifestBytes), kib(twoTermQueryBytes));
    }

    /** KiB, with a decimal where a whole number would round a small file to nothing. */
    private static String kib(long bytes) {
        return String.format(Locale.ROOT, bytes < 10 * 1024 ? "%.1f" : "%,.0f", bytes / 1024.0);
    }
}
