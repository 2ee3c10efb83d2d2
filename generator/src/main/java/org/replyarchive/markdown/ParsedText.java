package org.replyarchive.markdown;

import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.replyarchive.config.Language;

/**
 * A text parsed for rendering ({@link MarkdownRenderer#parse}): its document (null for a blank text), its
 * headings' ids, table of contents, the keys of the terms and documents marked in it ({@code terms} holds the
 * two lists), and each top-level block's words. Rendered as often as pages show it, by one thread at a time:
 * rendering reads the document and never changes it.
 *
 * @param marked whether its terms and documents were looked for, so that it must be rendered with a marking
 */
public record ParsedText(Node document, Map<Node, String> ids, List<TocEntry> toc, List<List<String>> terms,
        List<String> words, Language language, boolean marked) {}
