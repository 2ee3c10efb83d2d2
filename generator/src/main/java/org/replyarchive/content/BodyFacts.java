package org.replyarchive.content;

/**
 * What loading needs to know of a reply file's body without keeping it: its digest, where it starts, and
 * whether there is any.
 *
 * @param digest the digest of the body without blank lines at either end ({@link BodyReader#digest})
 * @param firstBodyLine the 1-based line of the file where the body's first non-blank line stands
 * @param empty whether the body is blank
 */
record BodyFacts(String digest, int firstBodyLine, boolean empty) {

    static BodyFacts of(FrontMatter frontMatter) {
        String body = frontMatter.body().strip();
        return new BodyFacts(BodyReader.digest(body), firstBodyLine(frontMatter), body.isEmpty());
    }

    /** The line of the first non-blank line after the closing fence. */
    static int firstBodyLine(FrontMatter frontMatter) {
        String body = frontMatter.body();
        int leadingNewlines = 0;
        for (int i = 0; i < body.length() && Character.isWhitespace(body.charAt(i)); i++) {
            if (body.charAt(i) == '\n') {
                leadingNewlines++;
            }
        }
        return frontMatter.bodyFirstLine() + leadingNewlines;
    }
}
