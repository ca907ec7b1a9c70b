package care.backcare.tracker.report;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Rectangle;

/**
 * The report's charts as SVG, for the web page: the very chart code of the PDF, so the page, the
 * API and the report show the same figures. Each is a well-formed, standalone document that scales
 * with the image element showing it. Thread-safe, like the renderer.
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
            case ASSOCIATION -> AssociationChart.build(report.trends(), style);
            case DAILY_PAIN -> DailyPainChart.build(report.days(), style);
        };
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        // browsers without Liberation Sans fall back to a metric-compatible face, then any sans-serif; the
        // family goes inside JFreeSVG's single-quoted style attributes, so it is double-quoted (escaped)
        svg.setFontFunction(family -> "&quot;" + family + "&quot;, Arial, Helvetica, sans-serif");
        drawn.draw(svg, new Rectangle(0, 0, width, height));
        // a viewBox, so that the drawing scales with the img tag that shows it instead of being cut off
        return "<?xml version=\"1.0\"?>\n" + svg.getSVGElement(null, true, new ViewBox(0, 0, width, height),
                null, null) + "\n";
    }
}
