/**
 * The only stage that reads the content folder: finds files, reads them as strict UTF-8, splits front
 * matter from the body, parses YAML into a tree that keeps every node's position, and validates it into
 * the {@link org.replyarchive.model model}, collecting every problem before failing once.
 *
 * <p>YAML is read with Jackson's streaming YAML parser into {@link org.replyarchive.content.YamlNode}s rather
 * than bound straight to classes: data binding stops at the first mismatch, and a webmaster should see
 * every wrong, missing or unknown key of every file in one run, each with its line and column.
 * {@link org.replyarchive.content.TextMappingReader} lends the same strict reading to the theme's i18n files.
 */
package org.replyarchive.content;
