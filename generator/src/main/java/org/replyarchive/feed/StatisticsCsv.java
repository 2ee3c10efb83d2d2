package org.replyarchive.feed;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.output.OutputFile;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.stats.ArchiveStatistics;
import org.replyarchive.stats.Breakdown;
import org.replyarchive.stats.Count;
import org.replyarchive.stats.Tenths;

/**
 * Writes {@code data/statistics.csv}: every figure of the statistics pages, one row per bar, then the headline
 * numbers as the figure {@code summary}. The same figures as the pages, from the same computation.
 */
public final class StatisticsCsv {

    static final List<String> COLUMNS = List.of("figure", "key", "label_zh", "label_en", "value");
    static final String SUMMARY = "summary";

    private final UrlScheme urls;

    public StatisticsCsv(UrlScheme urls) {
        this.urls = urls;
    }

    public OutputFile write(ArchiveStatistics statistics) {
        List<List<String>> rows = new ArrayList<>();
        for (Breakdown breakdown : statistics.breakdowns()) {
            for (Count count : breakdown.counts()) {
                String value = breakdown.id().equals(Breakdown.MEDIAN_DAYS) ? Tenths.text(count.value())
                        : String.valueOf(count.value());
                rows.add(List.of(breakdown.id(), count.key(), count.label().official(),
                        count.label().orOfficial(Language.EN), value));
            }
        }
        rows.add(summary("replies", "答复件数", "Replies", String.valueOf(statistics.replies())));
        rows.add(summary("with-deadline", "有答复期限的件数", "Replies with a deadline",
                String.valueOf(statistics.withDeadline())));
        rows.add(summary("on-time", "按期答复件数", "Replies on time", String.valueOf(statistics.onTime())));
        statistics.onTimePercent().ifPresent(p -> rows.add(
                summary("on-time-percent", "按期答复率（%）", "Replied on time (%)", String.valueOf(p))));
        rows.add(summary("with-assignment", "有交办日期的件数", "Replies with an assignment date",
                String.valueOf(statistics.withAssignment())));
        statistics.medianTenths().ifPresent(m -> rows.add(summary("median-days", "自交办至答复天数（中位数）",
                "Median days from assignment to reply", Tenths.text(m))));
        return OutputFile.text(urls.openDataStatistics(), OpenDataCsv.write(COLUMNS, rows));
    }

    private static List<String> summary(String key, String zh, String en, String value) {
        return List.of(SUMMARY, key, zh, en, value);
    }
}
