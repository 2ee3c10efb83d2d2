/**
 * The search index the reader's browser queries, written at build time by {@link
 * org.replyarchive.search.SearchIndexWriter} as the render workers hand it each page's {@link
 * org.replyarchive.search.DocumentText}.
 *
 * <ul>
 *   <li>Tokenising: overlapping CJK bigrams, lower-cased and lightly stemmed English, document numbers in one
 *       normalised form ({@link org.replyarchive.search.SearchTokenizer}, on the allocation-free {@code
 *       TermScanner}); the theme's {@code search.js} mirrors it exactly.</li>
 *   <li>Postings: per term, in binary varints, the document id gap, the weighted term frequency with a title
 *       flag, and the first block of the body holding the term ({@code PostingFile}). Document lengths live
 *       in a byte per document ({@code Norms}) and the browser computes BM25 ({@link
 *       org.replyarchive.search.Bm25}), so an edit changes only the postings it changes.</li>
 *   <li>Files: a manifest with every constant of the format; shards picked by the FNV-1a hash of the term,
 *       their number a power of two from the postings' size; common terms in files named by their hash; per
 *       document a small JSON header with where each block stands in its page, whose bytes a result reads
 *       for its snippet with a range request; filter columns fetched only when a filter is chosen.</li>
 *   <li>Memory: postings are spilled by hash partition to a work folder and merged a partition at a time.</li>
 *   <li>Incremental: each document's terms are cached by content; with unchanged ids and shard count only
 *       the posting files an edit touches are rewritten ({@code IndexPatcher}), else the index is merged from
 *       the cache. Either way the bytes are a clean build's.</li>
 * </ul>
 */
package org.replyarchive.search;
