package care.backcare.tracker.report;

import care.backcare.tracker.trend.Correlation;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekTrend;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Each week with both figures as a point, adherence across and mean pain up, with a least-squares
 * line once the same-week correlation has enough weeks ({@link Correlation#MIN_PAIRS}) and at least
 * two distinct adherence values. With fewer weeks the caption says there is not enough data yet, and
 * a line through two or three points would say otherwise. The line only guides the eye; the figures
 * the report prints are the domain's Spearman correlations.
 */
final class AssociationChart {

    private static final Stroke FIT_STROKE = new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10f, new float[]{5f, 3.5f}, 0f);
    /** Translucent, so weeks that land on the same spot show as a darker dot. */
    private static final Color POINT_FILL = new Color(0x13, 0x80, 0x7F, 150);

    private AssociationChart() {
    }

    static JFreeChart build(Trends trends, ChartStyle style) {
        XYSeries points = new XYSeries("weeks", false, true);
        for (WeekTrend week : trends.weeks()) {
            if (week.adherence() != null && week.painMean() != null && !week.inProgress()) {
                points.add(week.adherence() * 100, week.painMean());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection(points);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, ChartStyle.POINT);
        dots.setSeriesPaint(0, POINT_FILL);

        XYPlot plot = new XYPlot(dataset, style.percentAxis("Adherence of the week", 4),
                style.painAxis("Mean pain of the week (0–10)"), dots);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
        plot.getRangeAxis().setRange(-0.3, 10.3);
        plot.setNoDataMessage("No week has both adherence and pain yet");

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.pointItem("One complete week", POINT_FILL));
        double[] fit = trends.correlation().sufficient() ? leastSquares(points) : null;
        if (fit != null) {
            XYSeries line = new XYSeries("fit", false, true);
            double from = points.getMinX();
            double to = points.getMaxX();
            line.add(from, fit[0] + fit[1] * from);
            line.add(to, fit[0] + fit[1] * to);
            plot.setDataset(1, new XYSeriesCollection(line));
            XYLineAndShapeRenderer fitted = new XYLineAndShapeRenderer(true, false);
            fitted.setSeriesPaint(0, Palette.PAIN_DARK);
            fitted.setSeriesStroke(0, FIT_STROKE);
            plot.setRenderer(1, fitted);
            legend.add(ChartStyle.lineItem("Least-squares line", Palette.PAIN_DARK, FIT_STROKE, false));
        }
        return style.chart(plot, legend);
    }

    /** Intercept and slope of y on x, or null with fewer than two distinct x values. */
    static double[] leastSquares(XYSeries points) {
        int n = points.getItemCount();
        if (n < 2 || points.getMinX() == points.getMaxX()) {
            return null;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += points.getX(i).doubleValue() / n;
            meanY += points.getY(i).doubleValue() / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = points.getX(i).doubleValue() - meanX;
            sxy += dx * (points.getY(i).doubleValue() - meanY);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        return new double[]{meanY - slope * meanX, slope};
    }
}
