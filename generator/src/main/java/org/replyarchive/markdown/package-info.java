/**
 * Markdown to HTML with one shared, configured commonmark-java parser and renderer: GFM tables, raw HTML
 * escaped rather than passed through, stable heading ids that work for Chinese headings, and the table of
 * contents from {@code ##}/{@code ###} headings. Knows nothing of templates or output paths.
 */
package org.replyarchive.markdown;
