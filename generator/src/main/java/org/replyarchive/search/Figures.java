package org.replyarchive.search;

import java.util.Locale;

/**
 * What a build reports about an index it wrote.
 *
 * @param files the files of the index, written or taken over
 * @param writtenFiles those written
 * @param worstTwoTermQueryBytes the most a query of two terms downloads: the manifest, the norms and the two
 *     largest posting files (results then read their headers and snippets)
 * @param seconds the time {@code finish} took: merging and writing (tokenising happens in {@code add}, in the
 *     render workers)
 * @param patched whether the previous index was patched rather than merged whole
 */
public record Figures(int terms, int files, int writtenFiles, long largestPostingFileBytes, long manifestBytes,
        long worstTwoTermQueryBytes, long totalBytes, double seconds, boolean patched) {

    public String describe() {
        return String.format(Locale.ROOT, "%d terms, %d files (%d written%s), largest posting file %.1f KB,"
                        + " manifest %.1f KB, a two-term query downloads at most %.1f KB, %.1f MB in all, written in %.2f s",
                terms, files, writtenFiles, patched ? ", patched" : "", largestPostingFileBytes / 1024.0,
                manifestBytes / 1024.0, worstTwoTermQueryBytes / 1024.0, totalBytes / (1024.0 * 1024.0), seconds);
    }
}
