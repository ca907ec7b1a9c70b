package care.backcare.tracker.report;

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
import java.util.Optional;

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

        doc.heading("This week", 130);
        PdfPTable cards = new PdfPTable(new float[]{10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 11});
        cards.setWidthPercentage(100);
        cards.setSpacingBefore(5);
        cards.setSpacingAfter(8);
        List<PdfPCell> figures = List.of(
                card(styles, Palette.TEAL, "SESSIONS", Integer.toString(week.sessions()),
                        previous == null ? "" : "week before: " + previous.sessions()),
                card(styles, Palette.TEAL, "ACTIVE DAYS", week.activeDays() + " / " + plan.daysPerWeek(),
                        plan.isDefault() ? "planned (default)" : "planned days"),
                card(styles, Palette.TEAL, "MINUTES", Integer.toString(week.minutes()),
                        "plan: " + plan.minutesPerDay() + " a day"),
                card(styles, Palette.TEAL, "ADHERENCE", Formats.percent(week.adherence()),
                        week.adherence() == null ? "not tracked yet" : "of planned days"),
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

    /** The change since baseline, in the domain's words: "clinically meaningful" only when it says so. */
    private static PdfPTable change(WeeklyReport report, Styles styles) {
        PainChange change = report.trends().change();
        List<WeekTrend> weeks = report.trends().weeks();
        Optional<WeekTrend> baselineWeek = weeks.stream().filter(w -> w.painMean() != null).findFirst();
        Optional<WeekTrend> latestWeek = weeks.reversed().stream().filter(w -> w.painMean() != null).findFirst();

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
        for (Paragraph line : changeText(change, baselineWeek, latestWeek, styles)) {
            right.addElement(line);
        }
        box.addCell(right);
        return box;
    }

    private static List<Paragraph> changeText(PainChange change, Optional<WeekTrend> baselineWeek,
                                              Optional<WeekTrend> latestWeek, Styles styles) {
        if (change.baselinePainMean() == null || baselineWeek.isEmpty()) {
            return List.of(Text.of("No pain entries in the trend window yet, so there is no baseline to compare with.",
                    styles.body));
        }
        String baseline = baselineWeek.get().week();
        String latest = latestWeek.orElseThrow().week();
        if (baseline.equals(latest)) {
            return List.of(
                    figures("Baseline ", Formats.oneDecimal(change.baselinePainMean()), " (" + baseline
                            + ", the only week with pain entries so far)", styles),
                    Text.of("A change can be shown once a second week has pain entries.", styles.bodyItalic));
        }
        Paragraph numbers = figures("Baseline ", Formats.oneDecimal(change.baselinePainMean()), " (" + baseline + ")",
                styles);
        numbers.add(new Chunk("  →  latest ", styles.body));
        numbers.add(new Chunk(Formats.oneDecimal(change.latestPainMean()), styles.bodyBold));
        numbers.add(new Chunk(" (" + latest + ")", styles.body));
        Paragraph delta = figures("Change ", points(change.delta()), change.percent() == null
                ? "; no percentage from a baseline of 0"
                : ", " + Formats.signed(change.percent()) + " % of baseline", styles);
        return List.of(numbers, delta,
                Text.of(verdict(change), change.clinicallyMeaningful() ? styles.bodyBold : styles.bodyItalic));
    }

    static String verdict(PainChange change) {
        if (change.clinicallyMeaningful()) {
            String direction = change.delta() < 0 ? "reduction" : "increase";
            return "A clinically meaningful " + direction + " in pain: at least 2 points or 30 % from baseline.";
        }
        if (change.delta() != null && change.delta() == 0) {
            return "No change from baseline.";
        }
        return "A smaller change than 2 points or 30 % from baseline, shown as it is.";
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
