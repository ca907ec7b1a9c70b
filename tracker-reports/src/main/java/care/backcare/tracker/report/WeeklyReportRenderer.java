package care.backcare.tracker.report;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.GregorianCalendar;
import java.util.Objects;

/**
 * Renders a {@link WeeklyReport} as an A4 PDF: red flags first, the week's summary, how pain and
 * consistency moved (trends, the time-adjusted association, next-day pain), three vector charts, the stretch and week-by-week tables and the patient's notes, every page footed with
 * "Page X of Y" and a reminder that the report is not a diagnosis.
 *
 * <p>Thread-safe and meant to be shared: fonts are read once per JVM and every call builds its own
 * document, charts and page decorations.
 */
public final class WeeklyReportRenderer {

    private static final float MARGIN_SIDE = 42;
    private static final float MARGIN_TOP = 46;
    private static final float MARGIN_BOTTOM = 70;

    private final ReportFonts fonts;
    private final Styles styles;
    private final ChartStyle chartStyle;

    public WeeklyReportRenderer() {
        this.fonts = ReportFonts.shared();
        this.styles = new Styles(fonts);
        this.chartStyle = new ChartStyle(fonts);
    }

    public byte[] render(WeeklyReport report) {
        Objects.requireNonNull(report, "report");
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageDecorations(styles, fonts, runningHeader(report), generatedLine(report)));
        describe(document, report);

        document.open();
        ReportDocument doc = new ReportDocument(document, writer, styles, fonts);
        HeaderSection.write(doc, report);
        SafetySection.write(doc, report);
        SummarySection.write(doc, report);
        MovementSection.write(doc, report);
        ChartSections.progress(doc, report, chartStyle);
        ChartSections.association(doc, report, chartStyle);
        ChartSections.daily(doc, report, chartStyle);
        StretchSection.write(doc, report);
        WeekTableSection.write(doc, report);
        NotesSection.write(doc, report);
        document.close();
        return out.toByteArray();
    }

    private static void describe(Document document, WeeklyReport report) {
        document.addTitle("Weekly back-care report " + report.week() + ": " + TextSanitizer.line(report.patientName()));
        document.addSubject("Sessions, pain and consistency for " + report.week());
        document.addCreator("Backcare Tracker");
        GregorianCalendar created = GregorianCalendar.from(report.generatedAt().atZone(report.timeZone()));
        document.addCreationDate(new PdfDate(created));
    }

    private static String runningHeader(WeeklyReport report) {
        return TextSanitizer.line(report.patientName()) + "  ·  Weekly report " + report.week();
    }

    private static String generatedLine(WeeklyReport report) {
        return "Generated " + Formats.dateTime(report.generatedAt(), report.timeZone()) + " ("
                + report.timeZone().getId() + ")  ·  Backcare Tracker";
    }
}
