package org.replyarchive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a reader's browser downloads for a search on the built site: the manifest plus the shards of the
 * query's terms. With two terms in the two largest shards, that is the most any two-term query can cost.
 */
final class SearchFigures {

    private SearchFigures() {}

    static void print(Path site) throws IOException {
        System.out.println();
        System.out.println("Search index per language (bytes a query downloads, uncompressed):");
        for (String lang : List.of("zh", "en")) {
            Path index = site.resolve(lang).resolve("search/index");
            if (!Files.isDirectory(index)) {
                continue;
            }
            long manifest = Files.size(index.resolve("manifest.json"));
            List<Long> shards;
            try (Stream<Path> files = Files.list(index)) {
                shards = files.filter(f -> f.getFileName().toString().matches("[st]\\d+\\.json"))
                        .map(SearchFigures::size).sorted((a, b) -> Long.compare(b, a)).toList();
            }
            long total;
            try (Stream<Path> files = Files.walk(index)) {
                total = files.filter(Files::isRegularFile).mapToLong(SearchFigures::size).sum();
            }
            long worstTwoTerms = manifest + shards.get(0) + (shards.size() > 1 ? shards.get(1) : 0);
            long median = shards.get(shards.size() / 2);
            System.out.printf(Locale.ROOT, "  %s: %d posting files, manifest %.0f KB, largest posting file %.0f KB, median %.0f KB;"
                            + " a two-term query downloads at most %.0f KB (typically %.0f KB); index on disk %.1f MiB%n",
                    lang, shards.size(), manifest / 1024.0, shards.get(0) / 1024.0, median / 1024.0,
                    worstTwoTerms / 1024.0, (manifest + 2 * median) / 1024.0, total / (1024.0 * 1024.0));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
