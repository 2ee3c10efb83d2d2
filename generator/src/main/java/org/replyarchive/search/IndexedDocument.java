package org.replyarchive.search;

import java.util.List;

/**
 * What the writer keeps of a document between {@code add} or {@code keep} and {@code finish}: a few numbers
 * and the name of its cached terms, never the terms themselves.
 *
 * @param termsFile its terms in the {@link TermCache}, null without a cache
 * @param length its length for BM25
 * @param postings its number of distinct terms
 * @param blockOffsets where its blocks stand in its page
 * @param parts where each text of its page begins, when it shows several
 */
record IndexedDocument(String termsFile, int length, int postings, int[] blockOffsets, List<TextPart> parts) {}
