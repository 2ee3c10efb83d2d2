package org.replyarchive.markdown;

import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;

/**
 * An editor's mark on an error of the official text, written {@code {sic:as printed|likely reading}}: the text
 * stays as the department printed it, and readers are told what it most likely means. The fidelity check reads
 * only the printed part, so a mark is faithful to the source by construction.
 */
public final class SourceMark extends CustomNode {

    /** A mark as written in Markdown: the printed text, then the likely reading. Neither may hold braces or bars. */
    public static final Pattern SYNTAX = Pattern.compile("\\{sic:([^{}|\\n]+)\\|([^{}|\\n]+)\\}");

    private final String printed;
    private final String reading;

    SourceMark(String printed, String reading) {
        this.printed = printed;
        this.reading = reading;
    }

    /** The text as the department printed it. */
    public String printed() {
        return printed;
    }

    /** What the printed text most likely means. */
    public String reading() {
        return reading;
    }
}
