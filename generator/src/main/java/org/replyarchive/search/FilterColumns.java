package org.replyarchive.search;

import java.util.ArrayList;
import java.util.Collection;
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
        // One pass over the metadata, which may be made as it is read: each document's row keeps what the file
        // needs of it, the tables are sorted afterwards.
        TreeSet<String> sessions = new TreeSet<>();
        TreeSet<String> kinds = new TreeSet<>();
        TreeMap<String, SearchFacets.Value> leads = new TreeMap<>();
        TreeMap<String, SearchFacets.Value> proposers = new TreeMap<>();
        TreeMap<String, SearchFacets.Value> topics = new TreeMap<>();
        List<Row> rows = new ArrayList<>(metas.size());
        for (DocumentMeta meta : metas) {
            Row row = new Row(meta.session(), meta.kind(), meta.date().toEpochDay(), meta.facets());
            sessions.add(row.session());
            kinds.add(row.kind());
            add(leads, List.of(row.facets().lead()));
            add(proposers, row.facets().proposers());
            add(topics, row.facets().topics());
            rows.add(row);
        }
        Map<String, Integer> sessionIndex = indexes(sessions, s -> s);
        Map<String, Integer> kindIndex = indexes(kinds, k -> k);
        Map<String, Integer> leadIndex = indexes(leads.values(), SearchFacets.Value::key);
        Map<String, Integer> proposerIndex = indexes(proposers.values(), SearchFacets.Value::key);
        Map<String, Integer> topicIndex = indexes(topics.values(), SearchFacets.Value::key);
        ByteSink out = new ByteSink(rows.size() * 8 + 256);
        PostingFormat.writeHeader(out, PostingFormat.FILTERS_MAGIC);
        out.writeVarint(rows.size());
        writeStrings(out, sessions);
        writeStrings(out, kinds);
        writeValues(out, leads.values());
        writeValues(out, proposers.values());
        writeValues(out, topics.values());
        long previousDay = 0;
        for (Row row : rows) {
            out.writeVarint(sessionIndex.get(row.session()));
            out.writeVarint(kindIndex.get(row.kind()));
            out.writeSignedVarint(Math.toIntExact(row.day() - previousDay));
            previousDay = row.day();
            out.writeVarint(leadIndex.get(row.facets().lead().key()));
            writeIndexes(out, proposerIndex, row.facets().proposers());
            writeIndexes(out, topicIndex, row.facets().topics());
        }
        return out.toByteArray();
    }

    /** What the file holds of one document. */
    private record Row(String session, String kind, long day, SearchFacets facets) {}

    /** Adds a facet's values by key; a key's label is the first met, so that the file does not depend on order. */
    private static void add(TreeMap<String, SearchFacets.Value> byKey, List<SearchFacets.Value> values) {
        values.forEach(v -> byKey.putIfAbsent(v.key(), v));
    }

    /** Each entry's place in {@code table}, in the table's order, by its key. */
    private static <T> Map<String, Integer> indexes(Collection<T> table, Function<T, String> key) {
        Map<String, Integer> index = new HashMap<>();
        for (T entry : table) {
            index.put(key.apply(entry), index.size());
        }
        return index;
    }

    private static void writeIndexes(ByteSink out, Map<String, Integer> index, List<SearchFacets.Value> own) {
        out.writeVarint(own.size());
        own.forEach(v -> out.writeVarint(index.get(v.key())));
    }

    private static void writeStrings(ByteSink out, Collection<String> values) {
        out.writeVarint(values.size());
        values.forEach(out::writeString);
    }

    private static void writeValues(ByteSink out, Collection<SearchFacets.Value> values) {
        out.writeVarint(values.size());
        values.forEach(v -> {
            out.writeString(v.key());
            out.writeString(v.label());
        });
    }
}
