package care.backcare.tracker.report;

import care.backcare.tracker.trend.WeekTrend;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly adherence as bars (0-100 %) with mean pain as a line on a fixed 0-10 axis on the right.
 * An untracked week has no bar and a week without pain entries leaves a gap in the line; the week in
 * progress is drawn outlined and labelled "so far".
 */
final class AdherencePainChart {

    /** Up to this many weeks every week is labelled; beyond it every 4th, counted back from the last. */
    static final int ALL_LABELS_UP_TO = 13;

    private AdherencePainChart() {
    }

    static JFreeChart build(List<WeekTrend> weeks, ChartStyle style) {
        DefaultCategoryDataset adherence = new DefaultCategoryDataset();
        DefaultCategoryDataset pain = new DefaultCategoryDataset();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            WeekTrend week = weeks.get(i);
            adherence.addValue(week.adherence() == null ? null : week.adherence() * 100, "adherence", week.week());
            pain.addValue(week.painMean(), "pain", week.week());
            boolean labelled = weeks.size() <= ALL_LABELS_UP_TO || (weeks.size() - 1 - i) % 4 == 0;
            labels.put(week.week(), labelled || week.inProgress()
                    ? shortLabel(week.week()) + (week.inProgress() ? " so far" : "") : "");
        }
        java.util.Set<Integer> inProgress = new java.util.HashSet<>();
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).inProgress()) {
                inProgress.add(i);
            }
        }

        boolean nothingLogged = weeks.stream().allMatch(w -> w.adherence() == null && w.painMean() == null);
        if (nothingLogged) {
            adherence.clear();
            pain.clear();
        }
        CategoryAxis weekAxis = style.axis(new LabelledCategoryAxis(labels));
        weekAxis.setCategoryMargin(0.25);
        weekAxis.setMaximumCategoryLabelWidthRatio(6f);
        weekAxis.setMaximumCategoryLabelLines(2); // "W47 so far" wraps where the chart is narrow
        weekAxis.setLowerMargin(0.01);
        weekAxis.setUpperMargin(0.01);
        NumberAxis percentAxis = style.percentAxis("Adherence", 0);

        BarRenderer bars = new InProgressBars(inProgress);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Palette.TEAL);
        bars.setDefaultOutlineStroke(new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER, 10f, new float[]{3f, 2f}, 0f));
        bars.setSeriesPaint(0, Palette.TEAL_LIGHT);
        bars.setMaximumBarWidth(0.06);

        CategoryPlot plot = new CategoryPlot(adherence, weekAxis, percentAxis, bars);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(0, AxisLocation.BOTTOM_OR_LEFT);

        NumberAxis painAxis = style.painAxis("Mean pain (0–10)");
        plot.setRangeAxis(1, painAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, pain);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Palette.PAIN);
        line.setSeriesStroke(0, ChartStyle.PAIN_STROKE);
        line.setSeriesShape(0, weeks.size() > 26 ? ChartStyle.SMALL_POINT : ChartStyle.POINT);
        line.setUseFillPaint(true);
        line.setSeriesFillPaint(0, Palette.PAIN);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setNoDataMessage("Nothing logged in this window yet");

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.boxItem("Adherence: active days / planned days (left axis)", Palette.TEAL_LIGHT));
        legend.add(ChartStyle.lineItem("Mean pain of the week (right axis)", Palette.PAIN, ChartStyle.PAIN_STROKE, true));
        if (!inProgress.isEmpty()) {
            legend.add(ChartStyle.boxItem("Week in progress: so far (outlined)", Palette.HATCH));
        }
        return style.chart(plot, legend);
    }

    /** Bars of complete weeks filled; the week in progress outlined (dashed) over a faint fill: "so far". */
    private static final class InProgressBars extends BarRenderer {

        private static final long serialVersionUID = 1L;

        private final java.util.Set<Integer> inProgress;

        InProgressBars(java.util.Set<Integer> inProgress) {
            this.inProgress = java.util.Set.copyOf(inProgress);
        }

        @Override
        public java.awt.Paint getItemPaint(int row, int column) {
            return inProgress.contains(column) ? Palette.HATCH : super.getItemPaint(row, column);
        }

        @Override
        public boolean isDrawBarOutline() {
            return !inProgress.isEmpty();
        }

        @Override
        public java.awt.Paint getItemOutlinePaint(int row, int column) {
            return inProgress.contains(column) ? Palette.TEAL : Palette.TEAL_LIGHT;
        }

        @Override
        public java.awt.Stroke getItemOutlineStroke(int row, int column) {
            return inProgress.contains(column) ? super.getItemOutlineStroke(row, column) : SOLID;
        }

        private static final java.awt.Stroke SOLID = new java.awt.BasicStroke(0.5f);
    }

    /** "2026-W47" as "W47"; the table beside the chart gives the years. */
    static String shortLabel(String isoWeek) {
        return isoWeek.substring(isoWeek.indexOf('W'));
    }

    /** A category axis that prints its own label per category, blank for the thinned-out ones. */
    private static final class LabelledCategoryAxis extends CategoryAxis {

        private static final long serialVersionUID = 1L;

        private final Map<String, String> labels;

        LabelledCategoryAxis(Map<String, String> labels) {
            super(null);
            this.labels = Map.copyOf(labels);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            return super.createLabel(labels.getOrDefault(category.toString(), category.toString()), width, edge, g2);
        }
    }
}
