package org.replyarchive.content;

import org.replyarchive.problem.Problems;

/**
 * The rules of a published body's text, checked wherever a body is read — when the content is loaded and
 * again when a page is rendered from a file loading took on trust.
 */
final class BodyRules {

    private BodyRules() {}

    /** Checks {@code markdown}, whose first line is line {@code firstLine} of {@code path}. */
    static void check(String markdown, String path, int firstLine, Problems problems) {
        InvisibleCharacters.checkText(markdown, path, firstLine, 1, problems);
        LinkPolicy.check(markdown, path, firstLine, problems);
    }
}
