package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/** A government department that handles proposals, with its full and short names and other names used. */
public record Department(String key, Localized<String> name, Localized<String> shortName, List<String> aliases) {

    public Department {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        aliases = List.copyOf(aliases);
    }
}
