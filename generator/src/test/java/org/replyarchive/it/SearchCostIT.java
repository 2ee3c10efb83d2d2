package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;

/**
 * Keeps the {@link SearchCost} measurement working: on the archive of {@code content/}, served under a
 * sub-path as the benchmark's sites are, each query's figures are read from the browser and agree with what
 * the page shows.
 */
class SearchCostIT {

    @TempDir
    static Path dir;

    @Test
    void eachQueryIsTimedAndItsBytesAndRequestsCounted() {
        Path site = BuiltSite.build(Path.of("..", "content"), dir.resolve("site"), "/archive/").root();
        List<SearchCost.Figures> figures = SearchCost.measure(site, "/archive/",
                List.of("zh:人才", "zh:科技创新", "zh:量子引力", "en:\"science and technology\""));
        figures.forEach(f -> System.out.println(f.line()));
        assertEquals(4, figures.size());
        for (SearchCost.Figures f : figures) {
            assertTrue(f.coldMs() > 0 && f.warmMs() >= 0, f.line());
            // At least the manifest, the norms and one posting file.
            assertTrue(f.requests() >= 3 && f.indexBytes() > 1000, f.line());
        }
        SearchCost.Figures talent = figures.get(0);
        assertTrue(talent.results() > 0 && talent.pageBytes() > 0, "results read their snippets from the pages: "
                + talent.line());
        assertTrue(talent.status().contains(String.valueOf(talent.results())), talent.line());
        SearchCost.Figures none = figures.get(2);
        assertEquals(0, none.results(), none.line());
    }
}
