package org.replyarchive.render;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.config.Language;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.stats.ArchiveStatistics;
import org.replyarchive.stats.Breakdown;
import org.replyarchive.stats.Count;
import org.replyarchive.stats.Tenths;
import org.replyarchive.render.view.Frame;
import org.replyarchive.render.view.PageModel;
import org.replyarchive.render.view.StatisticsParts.Bar;
import org.replyarchive.render.view.StatisticsParts.Chart;
import org.replyarchive.render.view.StatisticsParts.KeyFigure;
import org.replyarchive.route.UrlScheme;

/** The statistics page of each language: every figure of {@link ArchiveStatistics} as a chart and a table. */
final class StatisticsPages {

    private static final int ROW = 44;
    private static final int TOP = 20;

    private final ArchiveStatistics statistics;
    private final UrlScheme urls;
    private final FrameMaker frames;

    StatisticsPages(ArchiveStatistics statistics, UrlScheme urls, FrameMaker frames) {
        this.statistics = statistics;
        this.urls = urls;
        this.frames = frames;
    }

    void plan(Language language, List<PageJob> jobs) {
        jobs.add(new PageJob(urls.statistics(language), "statistics.ftlh", () -> page(language),
                frames.alternates(urls::statistics)));
    }

    private PageModel.StatisticsPage page(Language language) {
        Frame frame = frames.frame(language, "statistics", text(language, "statistics_title"),
                text(language, "statistics_description"), urls::statistics, List.of());
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure(text(language, "statistics_replies"), String.valueOf(statistics.replies())));
        statistics.onTimePercent().ifPresent(p -> figures.add(new KeyFigure(text(language, "statistics_on_time_rate"),
                text(language, "statistics_percent_of").replace("{n}", String.valueOf(p))
                        .replace("{total}", String.valueOf(statistics.withDeadline())))));
        statistics.medianTenths().ifPresent(m -> figures.add(new KeyFigure(text(language, "statistics_median_days"),
                text(language, "statistics_days").replace("{n}", Tenths.text(m)))));
        List<Chart> charts = statistics.breakdowns().stream()
                .filter(b -> !b.counts().isEmpty())
                .map(b -> chart(language, b))
                .toList();
        return new PageModel.StatisticsPage(frame, figures, charts, urls.openDataStatistics());
    }

    private Chart chart(Language language, Breakdown breakdown) {
        String title = text(language, FigureKeys.title(breakdown.id()));
        boolean days = breakdown.id().equals(Breakdown.MEDIAN_DAYS);
        List<Bar> bars = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < breakdown.counts().size(); i++) {
            Count count = breakdown.counts().get(i);
            String label = label(language, breakdown, count);
            String value = days ? Tenths.text(count.value()) : String.valueOf(count.value());
            int width = (int) Math.round((double) Chart.BAR_SPACE * count.value() / breakdown.max());
            int labelY = TOP + i * ROW;
            bars.add(new Bar(label, labelLang(language, breakdown, count), value, labelY, labelY + 6, width,
                    width + 8));
            spoken.add(label + text(language, "statistics_pair_separator") + value);
        }
        String description = text(language, "statistics_chart_description").replace("{name}", title)
                + String.join(text(language, "list_separator"), spoken);
        return new Chart(breakdown.id(), title, description, text(language, FigureKeys.labelHeading(breakdown.id())),
                text(language, days ? "statistics_heading_days" : "statistics_heading_replies"), bars,
                TOP + breakdown.counts().size() * ROW);
    }

    /** A group's name; kinds are named by the theme, the rest by the content's registries. */
    private String label(Language language, Breakdown breakdown, Count count) {
        if (breakdown.id().equals(Breakdown.KINDS)) {
            return frames.ui().kind(language, ProposalKind.fromKey(count.key()).orElseThrow());
        }
        return count.label().orOfficial(language);
    }

    private String labelLang(Language language, Breakdown breakdown, Count count) {
        return breakdown.id().equals(Breakdown.KINDS) || count.label().has(language) ? null
                : frames.official().htmlLang();
    }

    private String text(Language language, String key) {
        return frames.text(language, key);
    }
}
