package org.replyarchive.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a session's key says about the session when it follows the convention {@code <body>-<term>-<meeting>}
 * ({@code npc-14-2}): the fixes for a missing field suggest these values rather than arbitrary ones.
 */
record SessionKey(Optional<String> body, Optional<Integer> term, Optional<Integer> meeting) {

    private static final Pattern CONVENTION = Pattern.compile("([a-z]+)-(\\d{1,2})-(\\d)");

    /** The parts of {@code key}; each is empty when the key does not follow the convention. */
    static SessionKey parse(String key) {
        Matcher m = CONVENTION.matcher(key);
        if (!m.matches()) {
            return new SessionKey(Optional.empty(), Optional.empty(), Optional.empty());
        }
        return new SessionKey(Optional.of(m.group(1)), Optional.of(Integer.parseInt(m.group(2))),
                Optional.of(Integer.parseInt(m.group(3))));
    }
}
