package care.backcare.tracker.report;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Rectangle;

/**
 * The report's charts as SVG, for the web page: the very chart code of the PDF, so the page, the
 * API and the report show the same figures. Thread-safe, like the renderer.
 */
public final class ChartImages {

    /** The charts a page can show. */
    public enum Chart {
        /** Weekly adherence (bars) and mean pain (line) over the window. */
        PROGRESS,
        /** Adherence against mean pain, one point per week, with the fitted line. */
        ASSOCIATION,
        /** Daily pain over the last four weeks, session days shaded. */
        DAILY_PAIN
    }

    private final ChartStyle style = new ChartStyle(ReportFonts.shared());

    public String svg(WeeklyReport report, Chart chart, int width, int height) {
        if (width < 100 || width > 4000 || height < 80 || height > 4000) {
            throw new IllegalArgumentException("chart size out of range: " + width + "x" + height);
        }
        JFreeChart drawn = switch (chart) {
            case PROGRESS -> AdherencePainChart.build(report.trends().weeks(), style);
            case ASSOCIATION -> AssociationChart.build(report.trends().weeks(), style);
            case DAILY_PAIN -> DailyPainChart.build(report.days(), style);
        };
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        // browsers without Liberation Sans fall back to a metric-compatible face, then any sans-serif
        svg.setFontFunction(family -> "'" + family + "', Arial, Helvetica, sans-serif");
        drawn.draw(svg, new Rectangle(0, 0, width, height));
        return svg.getSVGDocument();
    }
}
