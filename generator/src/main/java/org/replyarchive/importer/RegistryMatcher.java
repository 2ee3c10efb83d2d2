package org.replyarchive.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.content.RegistryReader;
import org.replyarchive.model.Department;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;

/**
 * Matches the names a reply uses to the keys of the archive's registries: sessions by body, term and meeting;
 * proposers by name or alias, with or without 委员/代表; departments by full name, short name or alias.
 * Immutable and thread-safe.
 */
final class RegistryMatcher {

    private static final Pattern PERSON_SUFFIX = Pattern.compile("(?:委员|代表|同志|先生|女士)$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]|和|及|与");
    /** What a department's name looks like, for one that is not in the registry. */
    private static final Pattern DEPARTMENT_NAME = Pattern.compile(
            "^(?:吉林)?省(?!级)[\\p{IsHan}]{1,8}?(?:厅|委|局|办)");

    private final RegistryReader.Registered registered;
    private final Map<String, Department> departmentNames;
    private final List<String> departmentNamesLongestFirst;

    RegistryMatcher(RegistryReader.Registered registered) {
        this.registered = registered;
        Map<String, Department> names = new LinkedHashMap<>();
        for (Department department : registered.departments().values()) {
            names.putIfAbsent(department.name().zh(), department);
            names.putIfAbsent(department.shortName().zh(), department);
            department.aliases().forEach(alias -> names.putIfAbsent(alias, department));
        }
        this.departmentNames = Map.copyOf(names);
        this.departmentNamesLongestFirst = names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * A name as the reply writes it, and the registry entry it names if there is one.
     *
     * @param text the name in the reply
     * @param entry the matching entry; empty when the registry has none
     */
    record Named<T>(String text, Optional<T> entry) {}

    /** The registered session with this body, term and meeting. */
    Optional<Session> session(SessionMention mention) {
        return registered.sessions().values().stream()
                .filter(s -> s.body() == mention.body() && s.term() == mention.term()
                        && s.meeting() == mention.meeting())
                .findFirst();
    }

    /** The proposers a salutation names: {@code 民进省委会}, {@code 李秀玉委员}, {@code 张三、李四代表}. */
    List<Named<Proposer>> proposers(String salutation) {
        List<Named<Proposer>> named = new ArrayList<>();
        for (String piece : LIST_SEPARATOR.split(salutation)) {
            String name = piece.strip();
            if (!name.isEmpty()) {
                named.add(new Named<>(name, proposer(name)));
            }
        }
        return named;
    }

    private Optional<Proposer> proposer(String name) {
        String bare = PERSON_SUFFIX.matcher(name).replaceFirst("");
        return registered.proposers().values().stream()
                .filter(p -> names(p).contains(name) || names(p).contains(bare))
                .findFirst();
    }

    private static List<String> names(Proposer proposer) {
        List<String> names = new ArrayList<>(proposer.aliases());
        names.add(proposer.name().zh());
        return names;
    }

    /** The department named exactly {@code name} (full, short or other name), ignoring a trailing 等. */
    Optional<Department> department(String name) {
        return Optional.ofNullable(departmentNames.get(name.strip().replaceAll("等$", "")));
    }

    /** The departments of a list such as {@code 教育厅、人社厅}. */
    List<Named<Department>> departments(List<String> names) {
        return names.stream().map(name -> new Named<>(name, department(name))).toList();
    }

    /**
     * The department whose name opens {@code text}, as in {@code （二）省市场监督管理厅为助力…}: a registered one
     * by its longest name, else something that looks like a department's name; empty when the text opens with
     * neither.
     */
    Optional<Named<Department>> departmentOpening(String text) {
        for (String name : departmentNamesLongestFirst) {
            if (text.startsWith(name)) {
                return Optional.of(new Named<>(name, Optional.of(departmentNames.get(name))));
            }
        }
        Matcher m = DEPARTMENT_NAME.matcher(text);
        return m.find() ? Optional.of(new Named<>(m.group(), Optional.empty())) : Optional.empty();
    }
}
