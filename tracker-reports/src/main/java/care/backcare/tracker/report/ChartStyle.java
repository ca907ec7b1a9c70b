package care.backcare.tracker.report;

import care.backcare.tracker.report.ReportFonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The look shared by the report's charts: the embedded Liberation faces for every label (a chart
 * never falls back to a font of the machine), muted axes, light grid, legend on top.
 */
final class ChartStyle {

    static final Stroke GRID_STROKE = new BasicStroke(0.5f);
    static final Stroke PAIN_STROKE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Shape POINT = new Ellipse2D.Double(-3, -3, 6, 6);
    static final Shape SMALL_POINT = new Ellipse2D.Double(-2, -2, 4, 4);
    static final Shape LEGEND_BOX = new Rectangle2D.Double(-5, -4, 10, 8);
    static final Shape LEGEND_LINE = new Line2D.Double(-8, 0, 8, 0);

    static {
        // JFreeChart draws rotated labels (the vertical axis titles) through TextLayout by default,
        // which reaches the PDF as glyph outlines: unsearchable, and heavier. Plain drawString under a
        // rotated transform becomes real, extractable text. A JVM-wide JFreeChart switch; the
        // workaround is for a Java 1.4-era rendering bug.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final ReportFonts fonts;

    ChartStyle(ReportFonts fonts) {
        this.fonts = fonts;
    }

    JFreeChart chart(Plot plot, LegendItemCollection legendItems) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 2));
        plot.setNoDataMessageFont(fonts.awt(Face.ITALIC, 9f));
        plot.setNoDataMessagePaint(Palette.MUTED);
        JFreeChart chart = new JFreeChart(null, fonts.awt(Face.BOLD, 10f), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 0, 0, 0));
        if (legendItems != null) {
            LegendTitle legend = new LegendTitle(() -> legendItems);
            legend.setItemFont(fonts.awt(Face.REGULAR, 8f));
            legend.setItemPaint(Palette.INK);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemLabelPadding(new RectangleInsets(2, 3, 2, 12));
            legend.setMargin(new RectangleInsets(0, 4, 4, 0));
            chart.addLegend(legend);
        }
        return chart;
    }

    <A extends Axis> A axis(A axis) {
        axis.setLabelFont(fonts.awt(Face.REGULAR, 8f));
        axis.setLabelPaint(Palette.MUTED);
        axis.setTickLabelFont(fonts.awt(Face.REGULAR, 7.5f));
        axis.setTickLabelPaint(Palette.MUTED);
        axis.setAxisLinePaint(Palette.RULE);
        axis.setTickMarkPaint(Palette.RULE);
        axis.setTickMarkOutsideLength(3f);
        return axis;
    }

    /** A fixed 0-10 axis for the Numeric Pain Rating Scale, ticks every 2 points. */
    NumberAxis painAxis(String label) {
        NumberAxis axis = axis(new NumberAxis(label));
        axis.setRange(0, 10);
        axis.setTickUnit(new NumberTickUnit(2, wholeNumbers()));
        return axis;
    }

    /** A fixed 0-100 % axis, with a little room so points at the ends are not clipped. */
    NumberAxis percentAxis(String label, double margin) {
        NumberAxis axis = axis(new NumberAxis(label));
        axis.setRange(-margin, 100 + margin);
        DecimalFormat percent = new DecimalFormat("0' %'", DecimalFormatSymbols.getInstance(Locale.ROOT));
        axis.setTickUnit(new NumberTickUnit(25, percent));
        return axis;
    }

    static LegendItem boxItem(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, LEGEND_BOX, paint);
        item.setLabelPaint(Palette.INK);
        return item;
    }

    static LegendItem lineItem(String label, Paint paint, Stroke stroke, boolean withPoint) {
        LegendItem item = new LegendItem(label, null, null, null, withPoint, POINT, withPoint, paint, false, paint,
                stroke, true, LEGEND_LINE, stroke, paint);
        item.setLabelPaint(Palette.INK);
        return item;
    }

    static LegendItem pointItem(String label, Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, POINT, paint);
        item.setLabelPaint(Palette.INK);
        return item;
    }

    private static DecimalFormat wholeNumbers() {
        return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
