package org.replyarchive.markdown;

import org.commonmark.node.CustomNode;

/**
 * A glossary term or a cited document found in the text, rendered as a link around the words as written: to
 * the glossary entry (described by the term's short definition on the page), or to the document's page. Its
 * words are the text's, so search and read-aloud read the same text as before.
 */
final class TextMark extends CustomNode {

    enum Kind { TERM, DOCUMENT }

    private final Kind kind;
    private final String key;
    private final String literal;

    TextMark(Kind kind, String key, String literal) {
        this.kind = kind;
        this.key = key;
        this.literal = literal;
    }

    Kind kind() {
        return kind;
    }

    String key() {
        return key;
    }

    String literal() {
        return literal;
    }
}
