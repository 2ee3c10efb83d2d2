package org.replyarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the filters and their counts need of every document: session, kind, date, lead department, proposers
 * and topics. Fetched with the postings, because each result list shows its facets' counts; at 20,000 replies
 * it is about 120 KB.
 *
 * <pre>
 * "RASF" version
 * varint documents
 * sessions, kinds: varint count, each a string (varint UTF-8 length, bytes)
 * leads, proposers, topics: varint count, each a key string then a label string
 * per document: varint session index, varint kind index, zig-zag varint day gap (days since 1970 as the
 *   difference from the previous document's), varint lead index, varint count then each proposer index,
 *   varint count then each topic index
 * </pre>
 */
final class FilterColumns {

    private FilterColumns() {}

    static byte[] file(List<DocumentMeta> metas) {
        List<String> sessions = new ArrayList<>(new TreeSet<>(metas.stream().map(DocumentMeta::session).toList()));
        List<String> kinds = new ArrayList<>(new TreeSet<>(metas.stream().map(DocumentMeta::kind).toList()));
        List<SearchFacets.Value> leads = values(metas, m -> List.of(m.facets().lead()));
        List<SearchFacets.Value> proposers = values(metas, m -> m.facets().proposers());
        List<SearchFacets.Value> topics = values(metas, m -> m.facets().topics());
        Map<String, Integer> leadIndex = indexes(leads);
        Map<String, Integer> proposerIndex = indexes(proposers);
        Map<String, Integer> topicIndex = indexes(topics);
        ByteSink out = new ByteSink(metas.size() * 8 + 256);
        PostingFormat.writeHeader(out, PostingFormat.FILTERS_MAGIC);
        out.writeVarint(metas.size());
        writeStrings(out, sessions);
        writeStrings(out, kinds);
        writeValues(out, leads);
        writeValues(out, proposers);
        writeValues(out, topics);
        long previousDay = 0;
        for (DocumentMeta meta : metas) {
            long day = meta.date().toEpochDay();
            out.writeVarint(java.util.Collections.binarySearch(sessions, meta.session()));
            out.writeVarint(java.util.Collections.binarySearch(kinds, meta.kind()));
            out.writeSignedVarint(Math.toIntExact(day - previousDay));
            previousDay = day;
            out.writeVarint(leadIndex.get(meta.facets().lead().key()));
            writeIndexes(out, proposerIndex, meta.facets().proposers());
            writeIndexes(out, topicIndex, meta.facets().topics());
        }
        return out.toByteArray();
    }

    /** A facet's values, by key; a key's label is the first met, so that the file does not depend on order. */
    private static List<SearchFacets.Value> values(List<DocumentMeta> metas,
            Function<DocumentMeta, List<SearchFacets.Value>> of) {
        TreeMap<String, SearchFacets.Value> byKey = new TreeMap<>();
        metas.forEach(m -> of.apply(m).forEach(v -> byKey.putIfAbsent(v.key(), v)));
        return new ArrayList<>(byKey.values());
    }

    private static Map<String, Integer> indexes(List<SearchFacets.Value> table) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            index.put(table.get(i).key(), i);
        }
        return index;
    }

    private static void writeIndexes(ByteSink out, Map<String, Integer> index, List<SearchFacets.Value> own) {
        out.writeVarint(own.size());
        own.forEach(v -> out.writeVarint(index.get(v.key())));
    }

    private static void writeStrings(ByteSink out, List<String> values) {
        out.writeVarint(values.size());
        values.forEach(out::writeString);
    }

    private static void writeValues(ByteSink out, List<SearchFacets.Value> values) {
        out.writeVarint(values.size());
        values.forEach(v -> {
            out.writeString(v.key());
            out.writeString(v.label());
        });
    }
}
