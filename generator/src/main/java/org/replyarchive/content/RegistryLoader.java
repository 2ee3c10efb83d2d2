package org.replyarchive.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.replyarchive.model.Body;
import org.replyarchive.model.Department;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Localized;
import org.replyarchive.model.PolicyDocument;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.ProposerKind;
import org.replyarchive.model.Session;
import org.replyarchive.model.Topic;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/** Loads the registries (sessions, departments, proposers, topics) and the glossary, each a mapping of key to entry. */
final class RegistryLoader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path contentDirectory;
    private final Problems problems;
    private final Map<String, Set<String>> invalid = new TreeMap<>();
    private final Map<String, SourcePosition> topicEnglish = new TreeMap<>();

    RegistryLoader(Path contentDirectory, Problems problems) {
        this.contentDirectory = contentDirectory;
        this.problems = problems;
    }

    Map<String, Session> sessions() {
        Map<String, Body> bodies = Choices.keyed(Body.values(), Body::key);
        return load("registry/sessions.yaml", "session", (key, node) -> FieldReader.of(
                        node, "session '" + key + "'", Set.of("body", "term", "meeting", "year", "name"), problems)
                .flatMap(r -> {
                    SessionKey written = SessionKey.parse(key);
                    Optional<Body> body = Choices.required(r, "body", bodies, written.body().filter(bodies::containsKey));
                    Optional<Integer> term = TypedFields.requiredInt(r, "term", 1, 99, written.term());
                    Optional<Integer> meeting = TypedFields.requiredInt(r, "meeting", 1, 9, written.meeting());
                    Optional<Integer> year = TypedFields.requiredInt(r, "year", 1949, 2999);
                    Optional<Localized<String>> name = r.requiredLocalized("name");
                    if (body.isEmpty() || term.isEmpty() || meeting.isEmpty() || year.isEmpty() || name.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Session(key, body.get(), term.get(), meeting.get(), year.get(), name.get()));
                }));
    }

    Map<String, Department> departments() {
        return load("registry/departments.yaml", "department", (key, node) -> FieldReader.of(
                        node, "department '" + key + "'", Set.of("name", "short", "aliases"), problems)
                .flatMap(r -> {
                    Optional<Localized<String>> name = r.requiredLocalized("name");
                    Optional<Localized<String>> shortName = r.requiredLocalized("short");
                    List<String> aliases = r.textList("aliases");
                    if (name.isEmpty() || shortName.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Department(key, name.get(), shortName.get(), aliases));
                }));
    }

    Map<String, Proposer> proposers() {
        Map<String, ProposerKind> kinds = Choices.keyed(ProposerKind.values(), ProposerKind::key);
        return load("registry/proposers.yaml", "proposer", (key, node) -> FieldReader.of(
                        node, "proposer '" + key + "'", Set.of("kind", "name", "aliases"), problems)
                .flatMap(r -> {
                    Optional<ProposerKind> kind = Choices.required(r, "kind", kinds);
                    Optional<Localized<String>> name = r.requiredLocalized("name");
                    List<String> aliases = r.textList("aliases");
                    if (kind.isEmpty() || name.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Proposer(key, kind.get(), name.get(), aliases));
                }));
    }

    /** Where each topic's English name is written, for problems found when it is compared with the glossary. */
    Map<String, SourcePosition> topicEnglishPositions() {
        return topicEnglish;
    }

    Map<String, Topic> topics() {
        return load("registry/topics.yaml", "topic", (key, node) -> FieldReader.of(
                        node, "topic '" + key + "'", Set.of("zh", "en"), problems)
                .flatMap(r -> {
                    Optional<String> zh = r.requiredText("zh", "中文名称");
                    Optional<String> en = r.requiredText("en", "English name");
                    topicEnglish.put(key, r.positionOf("en"));
                    if (zh.isEmpty() || en.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Topic(key, new Localized<>(zh.get(), en.get())));
                }));
    }

    /** Per registry loaded so far, the keys whose entry had errors; see {@link Registries#invalid()}. */
    Map<String, Set<String>> invalid() {
        return invalid;
    }

    List<GlossaryTerm> glossary() {
        Map<String, GlossaryTerm> terms = load("glossary.yaml", "term", (key, node) -> FieldReader.of(
                        node, "glossary term '" + key + "'", Set.of("term", "definition", "aliases", "variants"), problems)
                .flatMap(r -> {
                    Optional<Localized<String>> term = r.requiredLocalized("term");
                    Optional<Localized<String>> definition = r.requiredLocalized("definition");
                    List<String> aliases = r.textList("aliases");
                    List<String> variants = r.node("variants")
                            .flatMap(v -> FieldReader.of(v, "'variants' of '" + key + "'", Set.of("en"), problems))
                            .map(v -> v.textList("en"))
                            .orElse(List.of());
                    if (term.isEmpty() || definition.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new GlossaryTerm(key, term.get(), definition.get(), aliases, variants));
                }), false);
        return new ArrayList<>(terms.values());
    }

    /** The policy documents of the optional {@code registry/documents.yaml}, in key order. */
    List<PolicyDocument> documents() {
        PolicyDocumentReader reader = new PolicyDocumentReader(problems);
        return new ArrayList<>(load(PolicyDocumentReader.PATH, "document", reader::read, false).values());
    }

    private <T> Map<String, T> load(String path, String what, BiFunction<String, YamlNode, Optional<T>> entryReader) {
        return load(path, what, entryReader, true);
    }

    private <T> Map<String, T> load(
            String path, String what, BiFunction<String, YamlNode, Optional<T>> entryReader, boolean required) {
        Map<String, T> entries = new TreeMap<>();
        Optional<YamlNode> root = YamlFiles.read(contentDirectory, path, required, problems);
        if (root.isEmpty()) {
            return entries;
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            problems.error(root.get().position(), path + " must map each " + what + " key to its entry, not "
                    + root.get().kindName(), "write 'key:' lines each followed by the entry's fields, indented");
            return entries;
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!KEY.matcher(entry.key()).matches()) {
                problems.error(entry.keyPosition(), "the " + what + " key '" + entry.key()
                        + "' may contain only a-z, digits and '-'", "use a key such as 'cppcc-13-1' or 'jl-kjt'");
                invalid.computeIfAbsent(what, w -> new TreeSet<>()).add(entry.key());
                continue;
            }
            entryReader.apply(entry.key(), entry.value()).ifPresentOrElse(value -> entries.put(entry.key(), value),
                    () -> invalid.computeIfAbsent(what, w -> new TreeSet<>()).add(entry.key()));
        }
        return entries;
    }
}
