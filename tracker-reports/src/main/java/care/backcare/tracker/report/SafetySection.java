package care.backcare.tracker.report;

import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.Urgency;
import care.backcare.tracker.session.SessionSafety;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shown before anything else: the window's red flags with the triage advice, and the sessions in
 * which the patient felt sharp pain. Absent when there are neither.
 */
final class SafetySection {

    private SafetySection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        if (report.redFlags().isEmpty() && report.sharpPain().isEmpty()) {
            return;
        }
        Styles styles = doc.styles();
        PdfPCell box = Tables.plain(Palette.ALERT_TINT);
        box.setBorder(Rectangle.BOX);
        box.setBorderColor(Palette.ALERT);
        box.setBorderWidth(1.2f);
        box.setPadding(11);
        box.setPaddingTop(8);

        box.addElement(new Paragraph(title(report), styles.alertHeading));
        if (!report.redFlags().isEmpty()) {
            redFlags(box, report.redFlags(), report.timeZone(), styles);
        }
        if (!report.sharpPain().isEmpty()) {
            sharpPain(box, report.sharpPain(), report.timeZone(), styles, !report.redFlags().isEmpty());
        }

        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        frame.setSpacingBefore(12);
        frame.setSpacingAfter(2);
        frame.setSplitLate(false);
        frame.addCell(box);
        doc.add(frame);
    }

    private static String title(WeeklyReport report) {
        if (report.sharpPain().isEmpty()) {
            return "Red flags reported";
        }
        return report.redFlags().isEmpty() ? "Sharp pain during sessions" : "Red flags and sharp pain reported";
    }

    private static void redFlags(PdfPCell box, List<RedFlagEntry> entries, ZoneId zone, Styles styles) {
        box.addElement(intro(Formats.count(entries.size(), "pain entry", "pain entries")
                + " in the trend window carried red flags: signs that call for a professional rather than"
                + " more stretching.", styles));

        PdfPTable table = new PdfPTable(new float[]{24, 9, 43, 24});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String heading : List.of("When", "Pain", "Red flags", "Urgency")) {
            table.addCell(alertCell(heading, styles.tableHeader, Rectangle.BOTTOM));
        }
        for (RedFlagEntry entry : entries) {
            table.addCell(alertCell(Formats.dayWithYear(entry.date()) + ", " + Formats.time(entry.recordedAt(), zone),
                    styles.tableCell, Rectangle.BOTTOM));
            table.addCell(alertCell(entry.score() + "/10", styles.tableCell, Rectangle.BOTTOM));
            table.addCell(alertCell(flags(entry.flags()), styles.tableCellBold, Rectangle.BOTTOM));
            table.addCell(alertCell(urgencyLabel(entry.urgency()), entry.urgency() == Urgency.URGENT
                    ? styles.tableCellAlert : styles.tableCell, Rectangle.BOTTOM));
        }
        box.addElement(table);

        EnumSet<Urgency> urgencies = entries.stream().map(RedFlagEntry::urgency)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Urgency.class)));
        // enum order puts URGENT first
        for (Urgency urgency : urgencies) {
            Paragraph advice = Text.of(new Chunk(urgencyLabel(urgency) + ". ", styles.alertLabel),
                    new Chunk(RedFlagTriage.adviceFor(urgency).message(), styles.small));
            advice.setSpacingAfter(3);
            box.addElement(advice);
        }
    }

    private static void sharpPain(PdfPCell box, List<SharpPainSession> sessions, ZoneId zone, Styles styles,
                                  boolean afterRedFlags) {
        if (afterRedFlags) {
            Paragraph heading = new Paragraph("Sharp pain during a session", styles.alertBold);
            heading.setSpacingBefore(5);
            box.addElement(heading);
        }
        box.addElement(intro(Formats.count(sessions.size(), "session", "sessions")
                + " in the trend window had sharp pain:", styles));
        for (SharpPainSession session : sessions) {
            String note = TextSanitizer.line(session.notes());
            Paragraph line = Text.of(new Chunk("• " + Formats.dayWithYear(session.date()) + ", "
                            + Formats.time(session.completedAt(), zone), styles.bodyBold),
                    new Chunk(note.isEmpty() ? " (no note)" : ": “" + note + "”",
                            note.isEmpty() ? styles.bodyItalic : styles.body));
            line.setIndentationLeft(8);
            box.addElement(line);
        }
        Paragraph advice = Text.of(SessionSafety.SHARP_PAIN_ADVICE, styles.small);
        advice.setSpacingBefore(3);
        box.addElement(advice);
    }

    static String urgencyLabel(Urgency urgency) {
        return urgency == Urgency.URGENT ? "Urgent: same-day care" : "See a professional soon";
    }

    static String flags(Set<RedFlag> flags) {
        return flags.stream().sorted(Comparator.naturalOrder()).map(RedFlag::label).collect(Collectors.joining("; "));
    }

    private static Paragraph intro(String text, Styles styles) {
        Paragraph intro = Text.of(text, styles.body);
        intro.setSpacingBefore(2);
        return intro;
    }

    private static PdfPCell alertCell(String text, Font font, int border) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(border);
        cell.setBorderColor(Palette.ALERT_RULE);
        cell.setBorderWidth(0.5f);
        cell.setBackgroundColor(Color.WHITE);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        return cell;
    }
}
