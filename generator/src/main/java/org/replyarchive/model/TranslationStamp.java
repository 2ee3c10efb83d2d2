package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/**
 * What a translation records of the official text it was translated from ({@code translated_from:} in its front
 * matter): the digest of the whole official body, which tells at once whether that body changed since, and one
 * short hash per block (paragraph, heading or quote), which tells which blocks changed.
 *
 * @param text the {@link ReplyText#digest()} the official text had
 * @param blocks the hash of each block of the official text, in order
 */
public record TranslationStamp(String text, List<String> blocks) {

    public TranslationStamp {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }
}
