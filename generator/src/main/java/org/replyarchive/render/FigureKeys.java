package org.replyarchive.render;

import org.replyarchive.stats.Breakdown;

/** The UI string keys of each statistics figure, written out once so that a search for a key finds its use. */
final class FigureKeys {

    private FigureKeys() {}

    static String title(String figure) {
        return switch (figure) {
            case Breakdown.YEARS -> "statistics_by_year";
            case Breakdown.SESSIONS -> "statistics_by_session";
            case Breakdown.KINDS -> "statistics_by_kind";
            case Breakdown.DEPARTMENTS -> "statistics_by_department";
            case Breakdown.OUTCOMES -> "statistics_by_outcome";
            case Breakdown.TIMELINESS -> "statistics_timeliness";
            case Breakdown.MEDIAN_DAYS -> "statistics_median_by_year";
            default -> throw new IllegalArgumentException("No figure '" + figure + "'");
        };
    }

    /** The heading of the table's first column: what a bar stands for. */
    static String labelHeading(String figure) {
        return switch (figure) {
            case Breakdown.YEARS, Breakdown.MEDIAN_DAYS -> "statistics_heading_year";
            case Breakdown.SESSIONS -> "session";
            case Breakdown.KINDS -> "proposal_kind";
            case Breakdown.DEPARTMENTS -> "lead_department";
            case Breakdown.OUTCOMES -> "case_outcome";
            case Breakdown.TIMELINESS -> "case_timeliness";
            default -> throw new IllegalArgumentException("No figure '" + figure + "'");
        };
    }
}
