package org.replyarchive.content;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyarchive.model.Body;
import org.replyarchive.model.HandlingRules;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Outcome;
import org.replyarchive.problem.Problems;

/**
 * Reads the optional {@code registry/handling.yaml}: {@code deadline_months} per body and the {@code outcomes}
 * a reply's {@code handling.outcome} names.
 */
final class HandlingRulesLoader {

    static final String PATH = "registry/handling.yaml";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path contentDirectory;
    private final Problems problems;

    HandlingRulesLoader(Path contentDirectory, Problems problems) {
        this.contentDirectory = contentDirectory;
        this.problems = problems;
    }

    HandlingRules load() {
        Optional<FieldReader> root = YamlFiles.read(contentDirectory, PATH, false, problems)
                .flatMap(node -> FieldReader.of(node, PATH, Set.of("deadline_months", "outcomes"), problems));
        if (root.isEmpty()) {
            return HandlingRules.NONE;
        }
        return new HandlingRules(deadlines(root.get()), outcomes(root.get()));
    }

    private Map<Body, Integer> deadlines(FieldReader root) {
        Map<Body, Integer> months = new EnumMap<>(Body.class);
        Map<String, Body> bodies = Choices.keyed(Body.values(), Body::key);
        root.node("deadline_months")
                .flatMap(node -> FieldReader.of(node, "'deadline_months'", bodies.keySet(), problems))
                .ifPresent(r -> bodies.forEach((key, body) -> {
                    if (r.has(key)) {
                        TypedFields.requiredInt(r, key, 1, 24).ifPresent(m -> months.put(body, m));
                    }
                }));
        return months;
    }

    private Map<String, Outcome> outcomes(FieldReader root) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Optional<YamlNode> node = root.node("outcomes");
        if (node.isEmpty()) {
            return outcomes;
        }
        if (!(node.get() instanceof YamlNode.Mapping mapping)) {
            root.reportAt("outcomes", "'outcomes' must map each outcome key to its entry, not "
                    + node.get().kindName(), "write 'a: {code: A, name: {zh: 解决或采纳, en: Resolved or adopted}}'");
            return outcomes;
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!KEY.matcher(entry.key()).matches()) {
                problems.error(entry.keyPosition(), "the outcome key '" + entry.key()
                        + "' may contain only a-z, digits and '-'", "use a key such as 'a'");
                continue;
            }
            FieldReader.of(entry.value(), "outcome '" + entry.key() + "'", Set.of("code", "name"), problems)
                    .ifPresent(r -> {
                        Optional<String> code = r.requiredText("code", "A");
                        Optional<Localized<String>> name = r.requiredLocalized("name");
                        if (code.isPresent() && name.isPresent()) {
                            outcomes.put(entry.key(), new Outcome(entry.key(), code.get(), name.get()));
                        }
                    });
        }
        return outcomes;
    }
}
