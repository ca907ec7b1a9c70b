package care.backcare.tracker.report;

import care.backcare.tracker.trend.WeekTrend;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;

/** Every figure of every week of the window, as GET /api/me/trends gives it. */
final class WeekTableSection {

    static final List<String> COLUMNS = List.of("Week", "Starts", "Sessions", "Active days", "Minutes", "Adherence",
            "Pain mean", "Min", "Max", "Entries", "Red flags");

    private WeekTableSection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        Styles styles = doc.styles();
        List<WeekTrend> weeks = report.trends().weeks();
        PdfPTable table = Tables.table(new float[]{11, 13, 9, 9, 9, 11, 9, 6, 6, 8, 9});
        for (int i = 0; i < COLUMNS.size(); i++) {
            table.addCell(Tables.header(COLUMNS.get(i), styles, i < 2 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        for (int row = 0; row < weeks.size(); row++) {
            WeekTrend week = weeks.get(row);
            boolean reportWeek = row == weeks.size() - 1;
            Font font = reportWeek ? styles.tableCellBold : styles.tableCell;
            List<String> cells = cells(week);
            for (int i = 0; i < cells.size(); i++) {
                Font cellFont = i == cells.size() - 1 && week.redFlags() > 0 ? styles.tableCellAlert : font;
                table.addCell(i < 2 ? Tables.left(cells.get(i), cellFont, row) : Tables.right(cells.get(i), cellFont, row));
            }
        }
        doc.headedTable("Week by week", table, 24);
        doc.paragraph(new Phrase("Adherence is active days against the days planned for that week, at most 100 %; "
                + "“–” marks a week before tracking began or a week without pain entries.", styles.caption));
    }

    /** One row as printed, in the order of {@link #COLUMNS}. */
    static List<String> cells(WeekTrend week) {
        return List.of(week.week(), Formats.date(week.start()), Integer.toString(week.sessions()),
                Integer.toString(week.activeDays()), Integer.toString(week.minutes()), Formats.percent(week.adherence()),
                Formats.oneDecimal(week.painMean()), Formats.integer(week.painMin()), Formats.integer(week.painMax()),
                Integer.toString(week.painEntries()), Integer.toString(week.redFlags()));
    }
}
