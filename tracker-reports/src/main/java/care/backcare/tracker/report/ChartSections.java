package care.backcare.tracker.report;

import org.jfree.chart.JFreeChart;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The three charts of the report, each under its heading with a short reading guide. */
final class ChartSections {

    private static final float PROGRESS_HEIGHT = 190;
    private static final float PROGRESS_MIN_HEIGHT = 140;
    private static final float HEADING_AND_CAPTION = 60;
    private static final float ASSOCIATION_HEIGHT = 200;
    private static final float DAILY_HEIGHT = 170;

    private ChartSections() {
    }

    /**
     * The first chart shrinks to the space left on the page, down to {@link #PROGRESS_MIN_HEIGHT},
     * so a long red-flag box does not leave half of page 1 empty.
     */
    static void progress(ReportDocument doc, WeeklyReport report, ChartStyle style) {
        float left = doc.spaceLeft() - HEADING_AND_CAPTION;
        float height = left >= PROGRESS_MIN_HEIGHT ? Math.min(PROGRESS_HEIGHT, left) : PROGRESS_HEIGHT;
        doc.heading("Consistency and pain, week by week", height);
        JFreeChart chart = AdherencePainChart.build(report.trends().weeks(), style);
        doc.figure(chart, height, new Phrase("Weeks before the first logged session or pain entry are not tracked "
                + "and have no bar; weeks without pain entries leave a gap in the line.", doc.styles().caption));
    }

    static void association(ReportDocument doc, WeeklyReport report, ChartStyle style) {
        doc.heading("Does a more consistent week go with less pain?", ASSOCIATION_HEIGHT);
        Styles styles = doc.styles();
        float chartWidth = doc.width() * 0.55f;
        Image chart = doc.chart(AssociationChart.build(report.trends(), style), chartWidth, ASSOCIATION_HEIGHT);

        PdfPTable layout = new PdfPTable(new float[]{55, 45});
        layout.setWidthPercentage(100);
        layout.setKeepTogether(true);
        PdfPCell chartCell = Tables.plain(null);
        chartCell.setPadding(0);
        chartCell.addElement(chart);
        layout.addCell(chartCell);

        PdfPCell words = Tables.plain(null);
        words.setPaddingLeft(14);
        words.setPaddingTop(18);
        words.setVerticalAlignment(Element.ALIGN_TOP);
        for (AssociationCaption.Line line : AssociationCaption.lines(report.trends().correlation(),
                report.trends().laggedCorrelation())) {
            words.addElement(Text.of(line.label() + ": " + line.figures(), styles.bodyBold));
            Paragraph explanation = Text.of(line.explanation(), styles.small);
            explanation.setSpacingAfter(8);
            words.addElement(explanation);
        }
        Paragraph sign = Text.of(AssociationCaption.SIGN, styles.caption);
        sign.setSpacingAfter(8);
        words.addElement(sign);
        words.addElement(Text.of(AssociationCaption.NOT_PROOF, styles.smallBold));
        layout.addCell(words);
        doc.add(layout);
    }

    static void daily(ReportDocument doc, WeeklyReport report, ChartStyle style) {
        doc.heading("The last four weeks, day by day", DAILY_HEIGHT);
        JFreeChart chart = DailyPainChart.build(report.days(), style);
        doc.figure(chart, DAILY_HEIGHT, new Phrase("Shaded days had at least one session; days without pain "
                + "entries leave a gap in the line.", doc.styles().caption));
    }
}
