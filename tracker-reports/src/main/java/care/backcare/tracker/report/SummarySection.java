package care.backcare.tracker.report;

import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.WeekTrend;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.List;

/**
 * The week at a glance, from the last week of the trend window (and the one before it): sessions,
 * active days against the plan, minutes, adherence, streak and mean pain; then the change in pain
 * since the window's baseline exactly as the domain judged it.
 */
final class SummarySection {

    private SummarySection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        List<WeekTrend> weeks = report.trends().weeks();
        WeekTrend week = weeks.getLast();
        WeekTrend previous = weeks.size() > 1 ? weeks.get(weeks.size() - 2) : null;
        Styles styles = doc.styles();
        PlanInForce plan = report.plan();

        doc.heading(week.inProgress() ? "This week so far (" + Formats.dateRange(week.start(), week.end()) + ")"
                : "The week of " + Formats.dateRange(week.start(), week.end()), 130);
        PdfPTable cards = new PdfPTable(new float[]{10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 11});
        cards.setWidthPercentage(100);
        cards.setSpacingBefore(5);
        cards.setSpacingAfter(8);
        List<PdfPCell> figures = List.of(
                card(styles, Palette.TEAL, "SESSIONS", Integer.toString(week.sessions()),
                        previous == null ? "" : "week before: " + previous.sessions()),
                card(styles, Palette.TEAL, "ACTIVE DAYS", week.activeDays() + " / "
                        + (week.trackedDays() == 0 ? Formats.MISSING : Formats.oneDecimal(week.plannedDays())),
                        plannedNote(week, plan)),
                card(styles, Palette.TEAL, "MINUTES", Integer.toString(week.minutes()),
                        "plan: " + plan.minutesPerDay() + " a day"),
                card(styles, Palette.TEAL, "ADHERENCE", Formats.percent(week.adherence()),
                        week.adherence() == null ? (week.trackedDays() == 0 ? "not tracked yet" : "no day planned")
                                : week.inProgress() ? "of planned days so far" : "of planned days"),
                card(styles, Palette.TEAL, "STREAK", Formats.count(report.streakDays(), "day", "days"),
                        "days in a row"),
                card(styles, Palette.PAIN, "MEAN PAIN (0–10)", Formats.oneDecimal(week.painMean()),
                        painNote(week, previous)));
        for (int i = 0; i < figures.size(); i++) {
            if (i > 0) {
                cards.addCell(Tables.plain(null));
            }
            cards.addCell(figures.get(i));
        }
        doc.add(cards);

        doc.add(change(report, styles));
    }

    private static String plannedNote(WeekTrend week, PlanInForce plan) {
        String planned = plan.isDefault() ? "planned (default plan)" : "planned days";
        if (week.restDays() > 0) {
            planned += ", " + Formats.count(week.restDays(), "rest day", "rest days") + " not counted";
        }
        return week.trackedDays() < 7 && week.trackedDays() > 0 ? planned + " (" + week.trackedDays() + " days tracked)"
                : planned;
    }

    private static String painNote(WeekTrend week, WeekTrend previous) {
        String range = week.painEntries() == 0 ? "no entries this week"
                : "range " + week.painMin() + "–" + week.painMax() + ", "
                + Formats.count(week.painEntries(), "entry", "entries");
        if (previous == null) {
            return range;
        }
        String before = previous.painMean() == null ? "none" : Formats.oneDecimal(previous.painMean());
        return range + "\nweek before: " + before;
    }

    private static PdfPCell card(Styles styles, Color accent, String label, String value, String note) {
        PdfPCell card = Tables.plain(Palette.CARD_FILL);
        card.setBorder(Rectangle.TOP);
        card.setBorderColor(accent);
        card.setBorderWidth(2f);
        card.setPadding(7);
        card.setPaddingTop(6);
        card.addElement(new Paragraph(label, styles.cardLabel));
        Paragraph big = new Paragraph(value, styles.cardValue);
        big.setLeading(0, 1.25f);
        card.addElement(big);
        Paragraph small = new Paragraph(note, styles.cardNote);
        small.setLeading(0, 1.3f);
        card.addElement(small);
        return card;
    }

    /** The change since baseline, in the domain's words, with both periods' dates; no figure the text denies. */
    private static PdfPTable change(WeeklyReport report, Styles styles) {
        PainChange change = report.trends().change();
        PdfPTable box = new PdfPTable(new float[]{27, 73});
        box.setWidthPercentage(100);
        box.setSpacingAfter(6);
        PdfPCell left = Tables.plain(Palette.CARD_FILL);
        left.setBorder(Rectangle.LEFT);
        left.setBorderColor(Palette.PAIN);
        left.setBorderWidth(2f);
        left.setPadding(8);
        left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        left.addElement(new Paragraph("CHANGE IN PAIN SINCE BASELINE", styles.cardLabel));
        Paragraph delta = new Paragraph(points(change.delta()), styles.cardValue);
        delta.setLeading(0, 1.25f);
        left.addElement(delta);
        box.addCell(left);

        PdfPCell right = Tables.plain(Palette.CARD_FILL);
        right.setPadding(8);
        right.setPaddingLeft(4);
        right.setVerticalAlignment(Element.ALIGN_MIDDLE);
        for (Paragraph line : changeText(change, styles)) {
            right.addElement(line);
        }
        box.addCell(right);
        return box;
    }

    private static List<Paragraph> changeText(PainChange change, Styles styles) {
        String latestDates = Formats.dateRange(change.latestFrom(), change.latestTo());
        if (change.verdict() == ChangeVerdict.NOT_ENOUGH_DATA) {
            String baseline = change.baselineFrom() == null ? "no pain entry yet"
                    : Formats.dateRange(change.baselineFrom(), change.baselineTo());
            return List.of(
                    Text.of(verdict(change), styles.bodyBold),
                    Text.of("Baseline: the first 14 days with pain entries (" + baseline + "); latest: the 14 days "
                            + latestDates + ". Each needs pain rated on at least 4 days, and they must not overlap.",
                            styles.small));
        }
        Paragraph numbers = figures("Baseline ", Formats.oneDecimal(change.baselinePainMean()),
                " (" + Formats.dateRange(change.baselineFrom(), change.baselineTo()) + ")", styles);
        numbers.add(new Chunk("  →  latest ", styles.body));
        numbers.add(new Chunk(Formats.oneDecimal(change.latestPainMean()), styles.bodyBold));
        numbers.add(new Chunk(" (" + latestDates + ")", styles.body));
        Paragraph delta = figures("Change ", points(change.delta()), change.percent() == null
                ? "; no percentage from a baseline of 0"
                : ", " + Formats.signed(change.percent()) + " % of baseline", styles);
        return List.of(numbers, delta,
                Text.of(verdict(change), change.clinicallyMeaningful() ? styles.bodyBold : styles.bodyItalic),
                Text.of("Mean daily pain of each 14-day period, rounded to one decimal before comparing.", styles.small));
    }

    /** The verdict's words: "meets the usual threshold for a meaningful improvement", never a diagnosis. */
    static String verdict(PainChange change) {
        return switch (change.verdict()) {
            case IMPROVED -> "Meets the usual threshold for a meaningful improvement (a fall of 2 points, or of 30 % "
                    + "from a baseline of 4 or more).";
            case WORSENED -> "Meets the usual threshold for a meaningful worsening (a rise of 2 points).";
            case NO_CLEAR_CHANGE -> "No clear change: within the usual thresholds of 2 points or 30 %.";
            case NOT_ENOUGH_DATA -> "Not enough data yet to compare pain with its baseline.";
        };
    }

    /** "-3.1 points", "+1.0 point"; "–" without a baseline. */
    static String points(Double delta) {
        if (delta == null) {
            return Formats.MISSING;
        }
        return Formats.signed(delta) + (Math.abs(delta) == 1.0 ? " point" : " points");
    }

    private static Paragraph figures(String label, String value, String suffix, Styles styles) {
        return Text.of(new Chunk(label, styles.body), new Chunk(value, styles.bodyBold), new Chunk(suffix, styles.body));
    }
}
