package care.backcare.tracker.report;

import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagHistory;
import care.backcare.tracker.pain.RedFlagSummary;
import care.backcare.tracker.pain.TriageLevel;
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
            redFlags(box, report, styles);
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

    /**
     * For the physiotherapist, a clinical summary rather than the patient's instructions: per flag (most urgent
     * level first) its count, first and last seen and whether it is new this week; then the entries, most
     * urgent and newest first, each with its score, regions and the patient's note, capped so that the first
     * page still shows the trend.
     */
    private static void redFlags(PdfPCell box, WeeklyReport report, Styles styles) {
        List<RedFlagEntry> entries = report.redFlags();
        ZoneId zone = report.timeZone();
        long withdrawn = entries.stream().filter(RedFlagEntry::withdrawn).count();
        int counted = entries.size() - (int) withdrawn;
        box.addElement(intro(Formats.count(counted, "pain entry", "pain entries")
                + " in the trend window carried red flags" + (withdrawn == 0 ? "." : "; "
                + Formats.count((int) withdrawn, "entry was", "entries were") + " withdrawn by the patient (listed, not counted)."),
                styles));

        if (!report.redFlagSummary().isEmpty()) {
            PdfPTable summary = new PdfPTable(new float[]{34, 16, 10, 15, 15, 10});
            summary.setWidthPercentage(100);
            summary.setSpacingBefore(3);
            summary.setSpacingAfter(4);
            summary.setHeaderRows(1);
            summary.setSplitLate(false);
            for (String heading : List.of("Flag", "Level", "Entries", "First seen", "Last seen", "New")) {
                summary.addCell(alertCell(heading, styles.tableHeader, Rectangle.BOTTOM));
            }
            for (RedFlagSummary flag : report.redFlagSummary()) {
                summary.addCell(alertCell(flag.label(), styles.tableCellBold, Rectangle.BOTTOM));
                summary.addCell(alertCell(levelLabel(flag.level()), levelFont(flag.level(), styles), Rectangle.BOTTOM));
                summary.addCell(alertCell(String.valueOf(flag.count()), styles.tableCell, Rectangle.BOTTOM));
                summary.addCell(alertCell(Formats.shortDate(flag.firstSeen()), styles.tableCell, Rectangle.BOTTOM));
                summary.addCell(alertCell(Formats.shortDate(flag.lastSeen()), styles.tableCell, Rectangle.BOTTOM));
                summary.addCell(alertCell(flag.newThisWeek() ? "this week" : "", styles.tableCellAlert, Rectangle.BOTTOM));
            }
            box.addElement(summary);
        }

        PdfPTable table = new PdfPTable(new float[]{19, 13, 7, 16, 45});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        for (String heading : List.of("When", "Level", "Pain", "Where", "Red flags and note")) {
            table.addCell(alertCell(heading, styles.tableHeader, Rectangle.BOTTOM));
        }
        List<RedFlagEntry> shown = entries.subList(0, Math.min(entries.size(), RedFlagHistory.ENTRIES_SHOWN));
        for (RedFlagEntry entry : shown) {
            Font font = entry.withdrawn() ? styles.tableCell : styles.tableCellBold;
            table.addCell(alertCell(Formats.dayWithYear(entry.date()) + ", " + Formats.time(entry.recordedAt(), zone),
                    styles.tableCell, Rectangle.BOTTOM));
            table.addCell(alertCell(levelLabel(entry.level()),
                    entry.withdrawn() ? styles.tableCell : levelFont(entry.level(), styles), Rectangle.BOTTOM));
            table.addCell(alertCell(entry.score() + "/10", styles.tableCell, Rectangle.BOTTOM));
            table.addCell(alertCell(regions(entry), styles.tableCell, Rectangle.BOTTOM));
            Phrase detail = new Phrase(flags(entry.flags()), font);
            String note = TextSanitizer.line(entry.notes());
            if (!note.isEmpty()) {
                detail.add(new Chunk(" — “" + note + "”", styles.tableCell));
            }
            if (entry.withdrawn()) {
                detail.add(new Chunk(" (withdrawn by the patient on "
                        + Formats.date(entry.withdrawnAt().atZone(zone).toLocalDate()) + ")", styles.tableCellAlert));
            }
            table.addCell(alertCell(detail, Rectangle.BOTTOM));
        }
        box.addElement(table);
        if (entries.size() > shown.size()) {
            Paragraph more = Text.of("and " + (entries.size() - shown.size()) + " more (older or less urgent) in the "
                    + "trend window.", styles.small);
            more.setSpacingAfter(3);
            box.addElement(more);
        }
        Paragraph told = Text.of(new Chunk("What the patient was told. ", styles.alertLabel),
                new Chunk("Emergency: an emergency department now. Same day: a doctor, out-of-hours service or "
                        + "urgent care today. Soon: a physiotherapist or doctor within one to two weeks. "
                        + "Nobody is alerted automatically.", styles.small));
        told.setSpacingAfter(3);
        box.addElement(told);
    }

    static String levelLabel(TriageLevel level) {
        return switch (level) {
            case EMERGENCY -> "Emergency";
            case SAME_DAY -> "Same day";
            case SOON -> "Soon";
        };
    }

    private static Font levelFont(TriageLevel level, Styles styles) {
        return level == TriageLevel.SOON ? styles.tableCell : styles.tableCellAlert;
    }

    private static String regions(RedFlagEntry entry) {
        if (entry.regions().isEmpty()) {
            return "–";
        }
        return entry.regions().stream().sorted().map(region -> {
            String name = region.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }).collect(Collectors.joining(", "));
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

    static String flags(Set<RedFlag> flags) {
        return flags.stream().sorted(Comparator.naturalOrder()).map(RedFlag::label).collect(Collectors.joining("; "));
    }

    private static Paragraph intro(String text, Styles styles) {
        Paragraph intro = Text.of(text, styles.body);
        intro.setSpacingBefore(2);
        return intro;
    }

    private static PdfPCell alertCell(String text, Font font, int border) {
        return alertCell(new Phrase(text, font), border);
    }

    private static PdfPCell alertCell(Phrase phrase, int border) {
        PdfPCell cell = new PdfPCell(phrase);
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
