package org.replyarchive.content;

/**
 * A content file split in two: its YAML front matter and its Markdown body.
 *
 * @param yaml the text between the {@code ---} lines
 * @param yamlFirstLine the 1-based line of the file where the YAML starts
 * @param body the text after the closing {@code ---}
 * @param bodyFirstLine the 1-based line of the file where the body starts
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {}
