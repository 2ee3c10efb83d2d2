package org.replyarchive.model;

import java.util.List;
import java.util.Objects;

/** Who handled a proposal: the lead department (主办) and the co-handling ones (协办). */
public record Handling(Department lead, List<Department> co) {

    public Handling {
        Objects.requireNonNull(lead, "lead");
        co = List.copyOf(co);
    }
}
