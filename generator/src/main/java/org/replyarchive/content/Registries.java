package org.replyarchive.content;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.replyarchive.model.Department;
import org.replyarchive.model.HandlingRules;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;
import org.replyarchive.model.Topic;

/**
 * The registries replies refer to by key.
 *
 * @param invalid per registry name ({@code session}, {@code department} …), the keys written in it whose entry
 *     failed its checks: those problems are reported in the registry, so references to them are not reported again
 * @param handlingRules {@code registry/handling.yaml}: deadlines per body and the outcome classes
 */
record Registries(
        Map<String, Session> sessions,
        Map<String, Department> departments,
        Map<String, Proposer> proposers,
        Map<String, Topic> topics,
        Map<String, Set<String>> invalid,
        HandlingRules handlingRules) {

    Registries {
        invalid = invalid.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    Registries(Map<String, Session> sessions, Map<String, Department> departments, Map<String, Proposer> proposers,
            Map<String, Topic> topics, Map<String, Set<String>> invalid) {
        this(sessions, departments, proposers, topics, invalid, HandlingRules.NONE);
    }

    /** The keys of the registry {@code registryName} whose entry is written but invalid. */
    Set<String> invalid(String registryName) {
        return invalid.getOrDefault(registryName, Set.of());
    }
}
