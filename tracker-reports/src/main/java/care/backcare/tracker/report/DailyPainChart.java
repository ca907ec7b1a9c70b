package care.backcare.tracker.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.Serial;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

/**
 * The last four weeks day by day: mean pain of each day with entries (gaps where none) over shaded
 * bands marking the days with a session, and rest days in a band of their own. Days are plotted by index; the axis names each Monday.
 */
final class DailyPainChart {

    private DailyPainChart() {
    }

    static JFreeChart build(List<DayRecord> days, ChartStyle style) {
        XYSeries pain = new XYSeries("pain", false, true);
        for (int i = 0; i < days.size(); i++) {
            pain.add(i, days.get(i).painMean());
        }
        NumberAxis dayAxis = style.axis(new NumberAxis(null));
        dayAxis.setRange(-0.5, Math.max(days.size(), 1) - 0.5);
        dayAxis.setTickUnit(new NumberTickUnit(7, new DayLabels(days)));
        dayAxis.setMinorTickCount(7);
        dayAxis.setMinorTickMarksVisible(true);

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Palette.PAIN);
        line.setSeriesStroke(0, ChartStyle.PAIN_STROKE);
        line.setSeriesShape(0, ChartStyle.POINT);

        boolean nothingLogged = days.stream().allMatch(day -> day.sessions() == 0 && day.painMean() == null);
        XYSeriesCollection dataset = nothingLogged ? new XYSeriesCollection() : new XYSeriesCollection(pain);
        XYPlot plot = new XYPlot(dataset, dayAxis, style.painAxis("Pain (0–10)"), line);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setDomainGridlinesVisible(false);
        plot.setNoDataMessage("No sessions or pain entries in these four weeks");
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).sessions() > 0) {
                IntervalMarker band = new IntervalMarker(i - 0.42, i + 0.42, Palette.TEAL_TINT);
                band.setOutlinePaint(null);
                plot.addDomainMarker(band, Layer.BACKGROUND);
            } else if (days.get(i).restDay()) {
                IntervalMarker band = new IntervalMarker(i - 0.42, i + 0.42, Palette.REST_TINT);
                band.setOutlinePaint(null);
                plot.addDomainMarker(band, Layer.BACKGROUND);
            }
            if (i > 0 && i % 7 == 0) {
                ValueMarker weekStart = new ValueMarker(i - 0.5, Palette.RULE, ChartStyle.GRID_STROKE);
                plot.addDomainMarker(weekStart, Layer.BACKGROUND);
            }
        }

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.lineItem("Pain: mean of the day's entries", Palette.PAIN, ChartStyle.PAIN_STROKE, true));
        legend.add(ChartStyle.boxItem("Day with at least one session", Palette.TEAL_TINT));
        if (days.stream().anyMatch(DayRecord::restDay)) {
            legend.add(ChartStyle.boxItem("Rest day", Palette.REST_TINT));
        }
        return style.chart(plot, legend);
    }

    /** Names the day at a tick's index ("Mon 26 Oct"); ticks fall on whole weeks from the first day. */
    private static final class DayLabels extends NumberFormat {

        @Serial
        private static final long serialVersionUID = 1L;

        private final List<DayRecord> days;

        DayLabels(List<DayRecord> days) {
            this.days = List.copyOf(days);
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return format(Math.round(number), toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            if (number >= 0 && number < days.size()) {
                toAppendTo.append(Formats.day(days.get((int) number).date()));
            }
            return toAppendTo;
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("labels only");
        }
    }
}
