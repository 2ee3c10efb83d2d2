/**
 * Keeps translations true to their official texts over the years: the terminology check (glossary terms
 * rendered as the glossary renders them, block by block), drift detection (the official text changed after the
 * translation was stamped) and the stamp itself. Reads bodies through a {@link org.replyarchive.model.TextSource}
 * and never writes a file but the stamp.
 */
package org.replyarchive.translation;
