package org.replyarchive.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.problem.Suggestions;

/**
 * Resolves the keys a front matter gives to entries of a registry, with a problem at each key that names no
 * entry. Keys whose entry is written but failed its own checks are not reported again: that problem, and its
 * fix, belong to the registry.
 */
final class RegistryReferences {

    private static final Map<String, String> FILES = Map.of("session", "sessions.yaml", "department",
            "departments.yaml", "proposer", "proposers.yaml", "topic", "topics.yaml");

    private final Registries registries;
    private final Problems problems;

    RegistryReferences(Registries registries, Problems problems) {
        this.registries = registries;
        this.problems = problems;
    }

    /** Each text of the list under {@code key} resolved in {@code registry}, named {@code registryName}. */
    <T> List<T> list(FieldReader r, String key, Map<String, T> registry, String registryName) {
        return r.textItems(key).stream()
                .map(item -> resolve(key, item.value().strip(), item.position(), registry, registryName))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The text {@code ref}, written under {@code key}, resolved in {@code registry}. */
    <T> Optional<T> one(FieldReader r, String key, String ref, Map<String, T> registry, String registryName) {
        return resolve(key, ref, r.positionOf(key), registry, registryName);
    }

    private <T> Optional<T> resolve(String key, String ref, SourcePosition at, Map<String, T> registry,
            String registryName) {
        T value = registry.get(ref);
        if (value == null && !registries.invalid(registryName).contains(ref)) {
            problems.error(at, "unknown " + registryName + " '" + ref + "' in '" + key + "'",
                    Suggestions.didYouMean(ref, registry.keySet()) + " (defined in registry/"
                            + FILES.getOrDefault(registryName, registryName + "s.yaml") + ")");
        }
        return Optional.ofNullable(value);
    }
}
