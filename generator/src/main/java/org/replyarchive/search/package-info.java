/**
 * The search index the reader's browser queries, written at build time: tokenising (overlapping CJK
 * bigrams, lower-cased and lightly stemmed English, document numbers in one normalised form), BM25 weights
 * computed here so that the browser only adds them up, and the index split into shards by term so that a
 * query downloads only the shards of its terms. The theme's {@code search.js} mirrors {@link
 * org.replyarchive.search.SearchTokenizer} exactly.
 */
package org.replyarchive.search;
