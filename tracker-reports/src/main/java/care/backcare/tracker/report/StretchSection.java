package care.backcare.tracker.report;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;
import java.util.stream.Collectors;

/** What was stretched this week, and which planned stretches were skipped. */
final class StretchSection {

    private static final String TITLE = "Stretches this week";

    private StretchSection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        Styles styles = doc.styles();
        List<StretchWeek> done = report.stretches().stream().filter(s -> s.timesDone() > 0).toList();
        List<StretchWeek> skipped = report.stretches().stream().filter(StretchWeek::skipped).toList();
        if (done.isEmpty()) {
            doc.heading(TITLE, 20);
            doc.paragraph(new Phrase("No stretches were logged this week.", styles.body));
        } else {
            PdfPTable table = Tables.table(new float[]{31, 10.5f, 9.5f, 9, 18.5f, 12.5f, 9});
            table.addCell(Tables.header("Stretch", styles, Element.ALIGN_LEFT));
            table.addCell(Tables.header("Times done", styles, Element.ALIGN_RIGHT));
            table.addCell(Tables.header("Total reps", styles, Element.ALIGN_RIGHT));
            table.addCell(Tables.header("Hold time", styles, Element.ALIGN_RIGHT));
            table.addCell(Tables.header("Sides (left / right / both)", styles, Element.ALIGN_LEFT));
            table.addCell(Tables.header("Hold left / right", styles, Element.ALIGN_RIGHT));
            table.addCell(Tables.header("Plan", styles, Element.ALIGN_LEFT));
            for (int row = 0; row < done.size(); row++) {
                StretchWeek stretch = done.get(row);
                table.addCell(Tables.left(TextSanitizer.line(stretch.name()), styles.tableCellBold, row));
                table.addCell(Tables.right(Integer.toString(stretch.timesDone()), styles.tableCell, row));
                table.addCell(Tables.right(Integer.toString(stretch.totalReps()), styles.tableCell, row));
                table.addCell(Tables.right(stretch.totalHoldSeconds() == 0 ? Formats.MISSING
                        : Formats.minutesSeconds(stretch.totalHoldSeconds()), styles.tableCell, row));
                table.addCell(Tables.left(sides(stretch), styles.tableCell, row));
                table.addCell(Tables.right(holdPerSide(stretch), styles.tableCell, row));
                table.addCell(Tables.left(stretch.inPlan() ? "In plan" : "Extra", styles.tableCell, row));
            }
            doc.headedTable(TITLE, table, 20);
        }
        if (!done.isEmpty() || !skipped.isEmpty()) {
            doc.paragraph(skippedLine(skipped, report.plan(), styles));
        }
    }

    static String sides(StretchWeek stretch) {
        if (!stretch.perSide()) {
            return Formats.MISSING;
        }
        return "L " + stretch.leftTimes() + "  /  R " + stretch.rightTimes() + "  /  both " + stretch.bothTimes();
    }

    /** Hold time on the left and on the right, for stretches done one side at a time. */
    static String holdPerSide(StretchWeek stretch) {
        if (!stretch.perSide() || stretch.leftHoldSeconds() + stretch.rightHoldSeconds() == 0) {
            return Formats.MISSING;
        }
        return Formats.minutesSeconds(stretch.leftHoldSeconds()) + " / " + Formats.minutesSeconds(stretch.rightHoldSeconds());
    }

    private static Phrase skippedLine(List<StretchWeek> skipped, PlanInForce plan, Styles styles) {
        if (!skipped.isEmpty()) {
            Phrase phrase = new Phrase();
            phrase.add(new Phrase("Planned but skipped this week: ", styles.bodyBold));
            phrase.add(new Phrase(skipped.stream().map(s -> TextSanitizer.line(s.name()))
                    .collect(Collectors.joining(", ")) + ".", styles.body));
            return phrase;
        }
        if (plan.stretches().isEmpty()) {
            return new Phrase("The plan names no stretches.", styles.bodyItalic);
        }
        return new Phrase("No planned stretch was skipped: each was done at least once this week.", styles.bodyItalic);
    }
}
