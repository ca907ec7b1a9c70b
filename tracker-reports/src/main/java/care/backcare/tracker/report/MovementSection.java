package care.backcare.tracker.report;

import care.backcare.tracker.trend.NextDayPain;
import care.backcare.tracker.trend.PartialCorrelation;
import care.backcare.tracker.trend.TrendSlope;
import care.backcare.tracker.trend.Trends;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

import java.math.BigDecimal;
import java.util.List;

/**
 * "How pain and consistency moved": each series' own trend first (both often drift over weeks, whatever is
 * done), then the association with that drift held constant, labelled exploratory, then next-day pain after
 * session days and other days; the plain rho in a small table. Every figure is the domain's, rounded there;
 * below a minimum the text says "not enough data yet" and prints no figure.
 */
final class MovementSection {

    static final String NOT_PROOF = "An association is not proof that the routine caused a change: back pain "
            + "often eases with time whatever is done, and pain also moves with sleep, stress and everyday activity.";

    private MovementSection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        Styles styles = doc.styles();
        Trends trends = report.trends();
        doc.heading("How pain and consistency moved", 120);
        doc.add(Text.of("Complete weeks only; a week in progress is shown “so far” and counts in no figure here.",
                styles.caption));
        line(doc, "Pain", painTrend(trends.painTrend()), styles);
        line(doc, "Consistency", adherenceTrend(trends.adherenceTrend()), styles);
        line(doc, "Association (exploratory)", timeAdjusted(trends.timeAdjustedCorrelation()), styles);
        line(doc, "Next-day pain", nextDayPain(trends.nextDayPain()), styles);

        PdfPTable table = Tables.table(new float[]{30, 22, 48});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(Tables.header("Plain Spearman ρ", styles, Element.ALIGN_LEFT));
        table.addCell(Tables.header("Figures", styles, Element.ALIGN_LEFT));
        table.addCell(Tables.header("Between", styles, Element.ALIGN_LEFT));
        List<String[]> rows = List.of(
                new String[]{"Same week", AssociationCaption.figures(trends.correlation()),
                        "adherence and mean pain of a week"},
                new String[]{"Next week", AssociationCaption.figures(trends.laggedCorrelation()),
                        "adherence of a week, pain of the next"});
        for (int row = 0; row < rows.size(); row++) {
            for (String cell : rows.get(row)) {
                table.addCell(Tables.left(cell, styles.tableCell, row));
            }
        }
        table.setSpacingBefore(4);
        table.setKeepTogether(true);
        doc.add(table);
        Paragraph proof = Text.of(NOT_PROOF, styles.smallBold);
        proof.setSpacingBefore(4);
        proof.setSpacingAfter(6);
        doc.add(proof);
    }

    private static void line(ReportDocument doc, String label, String text, Styles styles) {
        // a paragraph given its font: one built empty and added to the page directly sets its first glyph in Helvetica
        Paragraph paragraph = new Paragraph(label + ": ", styles.bodyBold);
        paragraph.setLeading(0, Text.LINE_HEIGHT);
        paragraph.add(new org.openpdf.text.Chunk(text, styles.body));
        paragraph.setSpacingAfter(3);
        doc.add(paragraph);
    }

    static String painTrend(TrendSlope trend) {
        if (!trend.sufficient() || trend.slopePerWeek() == null) {
            return "not enough data yet: a trend needs " + TrendSlope.MIN_WEEKS
                    + " complete weeks with pain entries (" + weeks(trend.n()) + " so far).";
        }
        double slope = trend.slopePerWeek();
        String size = "about " + Formats.decimals(Math.abs(slope), 2);
        String words = slope < 0 ? "fell by " + size + " points a week"
                : slope > 0 ? "rose by " + size + " points a week" : "stayed level";
        return "pain " + words + " (Theil–Sen slope " + Formats.signedSlope(slope, 2) + " per week over "
                + weeks(trend.n()) + ").";
    }

    static String adherenceTrend(TrendSlope trend) {
        if (!trend.sufficient() || trend.slopePerWeek() == null) {
            return "not enough data yet: a trend needs " + TrendSlope.MIN_WEEKS
                    + " complete tracked weeks (" + weeks(trend.n()) + " so far).";
        }
        double slope = trend.slopePerWeek();
        String points = BigDecimal.valueOf(Math.abs(slope)).movePointRight(2).stripTrailingZeros().toPlainString();
        String words = slope < 0 ? "adherence fell by about " + points + " percentage points a week"
                : slope > 0 ? "adherence rose by about " + points + " percentage points a week" : "adherence stayed level";
        return words + " (Theil–Sen slope " + Formats.signedSlope(slope, 3) + " per week over " + weeks(trend.n()) + ").";
    }

    static String timeAdjusted(PartialCorrelation partial) {
        if (!partial.sufficient()) {
            return "not enough data yet: the time-adjusted association needs " + PartialCorrelation.MIN_WEEKS
                    + " complete weeks with both adherence and pain (" + weeks(partial.n()) + " so far).";
        }
        if (partial.rho() == null) {
            return "cannot be computed over these " + weeks(partial.n())
                    + ": adherence or pain did not vary, or moved exactly in step with time.";
        }
        String figures = "time-adjusted ρ = " + Formats.rho(partial.rho());
        if (partial.ciLow() == null) {
            return figures + " (n = " + partial.n() + " weeks; no interval at ±1).";
        }
        figures += ", 95 % interval " + Formats.rho(partial.ciLow()) + " to " + Formats.rho(partial.ciHigh())
                + " (n = " + partial.n() + " weeks). ";
        if (partial.ciLow() <= 0 && partial.ciHigh() >= 0) {
            return figures + "The interval includes 0: no clear link once the drift both series share over "
                    + "time is set aside.";
        }
        return figures + (partial.rho() < 0
                ? "More consistent weeks went with lower pain, beyond the drift both share over time."
                : "More consistent weeks went with higher pain, beyond the drift both share over time.");
    }

    static String nextDayPain(NextDayPain next) {
        if (!next.sufficient()) {
            return "not enough data yet: each group needs " + NextDayPain.MIN_DAYS + " days with pain rated on "
                    + "the next day (after a session: " + next.afterSessionDays() + ", after other days: "
                    + next.afterOtherDays() + ").";
        }
        return "on the day after a session, pain averaged " + Formats.oneDecimal(next.meanAfterSession()) + " ("
                + Formats.count(next.afterSessionDays(), "day", "days") + "); after a day without one, "
                + Formats.oneDecimal(next.meanAfterOther()) + " (" + Formats.count(next.afterOtherDays(), "day", "days")
                + "): a difference of " + Formats.signed(next.difference()) + " points.";
    }

    private static String weeks(int n) {
        return Formats.count(n, "week", "weeks");
    }
}
