package org.replyarchive.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.replyarchive.draft.KindNames;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Outcome;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;

/**
 * Computes the {@link ArchiveStatistics} of a site from its replies' metadata. Groups are in a fixed order:
 * years and sessions oldest first, kinds in the order of {@link ProposalKind}, departments by count (then key),
 * outcomes in the order of {@code registry/handling.yaml} with the unclassified last.
 */
public final class StatisticsCalculator {

    /** The key of the replies no outcome is given for. */
    public static final String UNCLASSIFIED = "none";
    public static final String ON_TIME = "on-time";
    public static final String LATE = "late";

    private StatisticsCalculator() {}

    public static ArchiveStatistics of(Site site) {
        List<Reply> replies = site.replies();
        List<Breakdown> figures = new ArrayList<>();
        figures.add(new Breakdown(Breakdown.YEARS, tally(replies, r -> String.valueOf(r.year()),
                r -> new Localized<>(r.year() + "年", String.valueOf(r.year())), Comparator.naturalOrder())));
        figures.add(new Breakdown(Breakdown.SESSIONS, sessions(replies)));
        figures.add(new Breakdown(Breakdown.KINDS, kinds(replies)));
        figures.add(new Breakdown(Breakdown.DEPARTMENTS, byCount(tally(replies, r -> r.handling().lead().key(),
                r -> r.handling().lead().name(), Comparator.naturalOrder()))));
        figures.add(new Breakdown(Breakdown.OUTCOMES, outcomes(site)));
        int withDeadline = 0;
        int onTime = 0;
        List<Long> allDays = new ArrayList<>();
        Map<Integer, List<Long>> daysByYear = new TreeMap<>();
        for (Reply reply : replies) {
            Optional<Long> late = reply.handling().dates().daysLate(reply.date());
            if (late.isPresent()) {
                withDeadline++;
                onTime += late.get() == 0 ? 1 : 0;
            }
            reply.handling().dates().daysToReply(reply.date()).ifPresent(days -> {
                allDays.add(days);
                daysByYear.computeIfAbsent(reply.year(), y -> new ArrayList<>()).add(days);
            });
        }
        figures.add(new Breakdown(Breakdown.TIMELINESS, List.of(
                new Count(ON_TIME, new Localized<>("按期答复", "On time"), onTime),
                new Count(LATE, new Localized<>("逾期答复", "Late"), withDeadline - onTime))));
        List<Count> medians = new ArrayList<>();
        daysByYear.forEach((year, days) -> medians.add(new Count(String.valueOf(year),
                new Localized<>(year + "年", String.valueOf(year)), Tenths.median(days).orElseThrow())));
        figures.add(new Breakdown(Breakdown.MEDIAN_DAYS, medians));
        return new ArchiveStatistics(replies.size(), figures, withDeadline, onTime, allDays.size(),
                Tenths.median(allDays));
    }

    private static List<Count> sessions(List<Reply> replies) {
        Map<String, Reply> firstOf = new LinkedHashMap<>();
        replies.forEach(r -> firstOf.putIfAbsent(r.session().key(), r));
        Comparator<String> oldestFirst = Comparator.comparing((String key) -> firstOf.get(key).session().year())
                .thenComparing(key -> firstOf.get(key).session().term())
                .thenComparing(key -> firstOf.get(key).session().meeting())
                .thenComparing(Comparator.naturalOrder());
        return tally(replies, r -> r.session().key(), r -> r.session().name(), oldestFirst);
    }

    private static List<Count> kinds(List<Reply> replies) {
        List<Count> counts = new ArrayList<>();
        for (ProposalKind kind : ProposalKind.values()) {
            long n = replies.stream().filter(r -> r.proposal().kind() == kind).count();
            if (n > 0) {
                counts.add(new Count(kind.key(), new Localized<>(KindNames.titleName(kind), kind.key()), n));
            }
        }
        return counts;
    }

    private static List<Count> outcomes(Site site) {
        List<Count> counts = new ArrayList<>();
        for (Outcome outcome : site.handlingRules().outcomes().values()) {
            long n = site.replies().stream()
                    .filter(r -> r.handling().outcome().filter(outcome::equals).isPresent()).count();
            counts.add(new Count(outcome.key(), new Localized<>(outcome.code() + " " + outcome.name().official(),
                    outcome.code() + " " + outcome.name().orOfficial(org.replyarchive.config.Language.EN)), n));
        }
        long none = site.replies().stream().filter(r -> r.handling().outcome().isEmpty()).count();
        counts.add(new Count(UNCLASSIFIED, new Localized<>("未分类", "Not classified"), none));
        return counts;
    }

    private static List<Count> tally(List<Reply> replies, Function<Reply, String> key,
            Function<Reply, Localized<String>> label, Comparator<String> order) {
        Map<String, Long> counts = new TreeMap<>(order);
        Map<String, Localized<String>> labels = new TreeMap<>();
        for (Reply reply : replies) {
            counts.merge(key.apply(reply), 1L, Long::sum);
            labels.putIfAbsent(key.apply(reply), label.apply(reply));
        }
        List<Count> result = new ArrayList<>();
        counts.forEach((k, n) -> result.add(new Count(k, labels.get(k), n)));
        return result;
    }

    private static List<Count> byCount(List<Count> counts) {
        return counts.stream().sorted(Comparator.comparingLong(Count::value).reversed()
                .thenComparing(Count::key)).toList();
    }
}
