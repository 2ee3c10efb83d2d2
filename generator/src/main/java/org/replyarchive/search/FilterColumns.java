package org.replyarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the filters need of every document, in a file the browser fetches only when a filter is chosen: at
 * 20,000 replies it is about 60 KB, too much to put in the manifest every query downloads.
 *
 * <pre>
 * "RASF" version
 * varint documents
 * varint sessions, each a string (varint UTF-8 length, bytes); varint kinds, each a string
 * per document: varint session index, varint kind index, zig-zag varint day gap
 *   (days since 1970 as the difference from the previous document's)
 * </pre>
 */
final class FilterColumns {

    private FilterColumns() {}

    static byte[] file(List<DocumentMeta> metas) {
        List<String> sessions = new ArrayList<>(new TreeSet<>(metas.stream().map(DocumentMeta::session).toList()));
        List<String> kinds = new ArrayList<>(new TreeSet<>(metas.stream().map(DocumentMeta::kind).toList()));
        ByteSink out = new ByteSink(metas.size() * 4 + 256);
        PostingFormat.writeHeader(out, PostingFormat.FILTERS_MAGIC);
        out.writeVarint(metas.size());
        writeStrings(out, sessions);
        writeStrings(out, kinds);
        long previousDay = 0;
        for (DocumentMeta meta : metas) {
            long day = meta.date().toEpochDay();
            out.writeVarint(java.util.Collections.binarySearch(sessions, meta.session()));
            out.writeVarint(java.util.Collections.binarySearch(kinds, meta.kind()));
            out.writeSignedVarint(Math.toIntExact(day - previousDay));
            previousDay = day;
        }
        return out.toByteArray();
    }

    private static void writeStrings(ByteSink out, List<String> values) {
        out.writeVarint(values.size());
        values.forEach(out::writeString);
    }
}
