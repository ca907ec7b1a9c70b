package care.backcare.tracker.report;

import care.backcare.tracker.trend.WeekTrend;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;

/** Every figure of every week of the window, as GET /api/me/trends gives it. */
final class WeekTableSection {

    static final List<String> COLUMNS = List.of("Week", "Dates", "Sessions", "Active days", "Planned", "Rest days",
            "Minutes", "Adherence", "Pain mean", "Min", "Max", "Entries", "Red flags");

    private WeekTableSection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        Styles styles = doc.styles();
        List<WeekTrend> weeks = report.trends().weeks();
        PdfPTable table = Tables.table(new float[]{11, 14, 9.5f, 7, 9, 6, 8.5f, 10.5f, 6.5f, 4.5f, 5, 7.5f, 6.5f});
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
        doc.paragraph(new Phrase("Adherence is active days against the planned days of the week's tracked days "
                + "(rest days without a session are not planned), at most 100 %; pain mean is the mean of the days' "
                + "means. “–” marks a week before tracking began or a week without pain entries; a week in progress "
                + "shows its figures so far.", styles.caption));
    }

    /** One row as printed, in the order of {@link #COLUMNS}. */
    static List<String> cells(WeekTrend week) {
        return List.of(week.inProgress() ? week.week() + " so far" : week.week(),
                Formats.shortRange(week.start(), week.end()), Integer.toString(week.sessions()),
                Integer.toString(week.activeDays()), week.trackedDays() == 0 ? Formats.MISSING
                        : Formats.oneDecimal(week.plannedDays()), Integer.toString(week.restDays()),
                Integer.toString(week.minutes()), Formats.percent(week.adherence()),
                Formats.oneDecimal(week.painMean()), Formats.integer(week.painMin()), Formats.integer(week.painMax()),
                Integer.toString(week.painEntries()), Integer.toString(week.redFlags()));
    }
}
