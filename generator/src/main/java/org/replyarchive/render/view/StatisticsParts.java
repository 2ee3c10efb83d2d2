package org.replyarchive.render.view;

import java.util.List;

/** The parts of {@code statistics.ftlh}: each figure as a chart drawn in SVG and as a table. */
public final class StatisticsParts {

    private StatisticsParts() {}

    /**
     * One figure. The geometry is computed by the engine, so a theme draws the chart without arithmetic.
     *
     * @param id the figure's name, unique in the page ({@code years}), for ids and the CSV's {@code figure}
     * @param description the figure in words, for the SVG's {@code <desc>}
     * @param height the SVG's height in its own units (its width is {@link #WIDTH})
     */
    public record Chart(String id, String title, String description, String labelHeading, String valueHeading,
            List<Bar> bars, int height) {

        /** The width of every chart in SVG units; bars take up to {@link #BAR_SPACE} of it. */
        public static final int WIDTH = 640;
        public static final int BAR_SPACE = 520;

        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One bar: its label above it, the bar, its value after it.
     *
     * @param labelLang the official language's tag when the label falls back to it, else null
     */
    public record Bar(String label, String labelLang, String valueText, int labelY, int barY, int width,
            int valueX) {}

    /** A headline number: the on-time rate, the median days to reply. */
    public record KeyFigure(String label, String value) {}
}
