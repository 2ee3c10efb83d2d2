package org.replyarchive.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code registry/handling.yaml} says about handling: per body, the months a department has to answer
 * (CPPCC proposals and NPC suggestions: usually three), and the outcome classes in the order written.
 */
public record HandlingRules(Map<Body, Integer> deadlineMonths, Map<String, Outcome> outcomes) {

    /** An archive without {@code registry/handling.yaml}: no computed deadlines, no outcome classes. */
    public static final HandlingRules NONE = new HandlingRules(Map.of(), Map.of());

    public HandlingRules {
        deadlineMonths = deadlineMonths.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(deadlineMonths));
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    public Optional<Integer> deadlineMonths(Body body) {
        return Optional.ofNullable(deadlineMonths.get(body));
    }
}
