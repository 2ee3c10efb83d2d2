package org.replyarchive.index;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.replyarchive.config.Language;
import org.replyarchive.model.Department;
import org.replyarchive.model.Localized;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Session;
import org.replyarchive.model.Site;
import org.replyarchive.route.Facet;

/**
 * The browse indexes of a site: for each facet, the groups that have at least one reply.
 *
 * <pre>{@code
 * SiteIndexes indexes = SiteIndexes.of(site);
 * List<Group> years = indexes.groups(Facet.YEAR, Language.ZH); // newest year first
 * }</pre>
 */
public final class SiteIndexes {

    private final Map<Facet, Map<String, Group>> groups = new EnumMap<>(Facet.class);

    private SiteIndexes() {}

    public static SiteIndexes of(Site site) {
        SiteIndexes indexes = new SiteIndexes();
        indexes.put(Facet.YEAR, site.replies(), r -> List.of(String.valueOf(r.year())),
                key -> Localized.same(key));
        indexes.put(Facet.SESSION, site.replies(), r -> List.of(r.session().key()),
                key -> site.sessions().get(key).name());
        indexes.put(Facet.PROPOSER, site.replies(),
                r -> r.proposal().proposers().stream().map(p -> p.key()).toList(),
                key -> site.proposers().get(key).name());
        indexes.put(Facet.DEPARTMENT, site.replies(), SiteIndexes::departmentKeys,
                key -> site.departments().get(key).name());
        indexes.put(Facet.TOPIC, site.replies(), r -> r.topics().stream().map(t -> t.key()).toList(),
                key -> site.topics().get(key).name());
        indexes.put(Facet.KIND, site.replies(), r -> List.of(r.proposal().kind().key()), Localized::same);
        return indexes;
    }

    private static List<String> departmentKeys(Reply reply) {
        List<String> keys = new ArrayList<>();
        keys.add(reply.handling().lead().key());
        reply.handling().co().stream().map(Department::key).filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys;
    }

    private void put(Facet facet, List<Reply> replies, Function<Reply, List<String>> keysOf,
            Function<String, Localized<String>> labelOf) {
        Map<String, List<Reply>> byKey = new LinkedHashMap<>();
        for (Reply reply : replies) {
            for (String key : keysOf.apply(reply)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(reply);
            }
        }
        Map<String, Group> facetGroups = new LinkedHashMap<>();
        byKey.forEach((key, list) -> facetGroups.put(key, new Group(key, labelOf.apply(key), list)));
        groups.put(facet, facetGroups);
    }

    /** The groups of {@code facet} in the order readers of {@code language} expect. */
    public List<Group> groups(Facet facet, Language language) {
        return groups.get(facet).values().stream().sorted(order(facet, language)).toList();
    }

    /** Every group of every facet, in no particular language's order. */
    public Map<Facet, List<Group>> all() {
        Map<Facet, List<Group>> all = new EnumMap<>(Facet.class);
        groups.forEach((facet, byKey) -> all.put(facet, List.copyOf(byKey.values())));
        return all;
    }

    private Comparator<Group> order(Facet facet, Language language) {
        return switch (facet) {
            case YEAR -> Comparator.comparing(Group::key).reversed();
            case SESSION -> Comparator.comparing((Group g) -> sessionOf(g).year())
                    .thenComparing(g -> sessionOf(g).term())
                    .thenComparing(g -> sessionOf(g).meeting())
                    .reversed()
                    .thenComparing(Group::key);
            case KIND -> Comparator.comparing((Group g) -> ProposalKind.fromKey(g.key()).orElseThrow().ordinal());
            default -> byName(language);
        };
    }

    private static Session sessionOf(Group group) {
        return group.replies().get(0).session();
    }

    /** Names in the language's own collation (pinyin order for Chinese), the key breaking ties. */
    private static Comparator<Group> byName(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return Comparator.comparing((Group g) -> g.label().orOfficial(language), collator)
                .thenComparing(Group::key);
    }
}
