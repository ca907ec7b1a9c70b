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
        doc.figure(chart, height, new Phrase("Weeks before the first logged session, pain entry or rest day are not "
                + "tracked and have no bar; weeks without pain entries leave a gap in the line; a week in progress "
                + "is outlined and shows its figures so far.", doc.styles().caption));
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
        words.addElement(Text.of("Each dot is a complete week: its adherence and its mean pain. A week in progress "
                + "is left out.", styles.small));
        Paragraph sign = Text.of(AssociationCaption.SIGN, styles.caption);
        sign.setSpacingBefore(6);
        sign.setSpacingAfter(8);
        words.addElement(sign);
        words.addElement(Text.of("Both series often drift over weeks, so the time-adjusted figures under “How pain "
                + "and consistency moved” are the ones to read.", styles.small));
        words.addElement(Text.of(MovementSection.NOT_PROOF, styles.smallBold));
        layout.addCell(words);
        doc.add(layout);
    }

    static void daily(ReportDocument doc, WeeklyReport report, ChartStyle style) {
        doc.heading("The last four weeks, day by day", DAILY_HEIGHT);
        JFreeChart chart = DailyPainChart.build(report.days(), style);
        doc.figure(chart, DAILY_HEIGHT, new Phrase("Shaded days had at least one session; rest days without a "
                + "session are shaded in violet; days without pain entries leave a gap in the line.",
                doc.styles().caption));
    }
}
