package care.backcare.tracker.report;

import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.WeekTrend;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;
import java.util.stream.Collectors;

/** Who and when: the patient's name, the ISO week and its dates, the zone and the time of writing. */
final class HeaderSection {

    private HeaderSection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        Styles styles = doc.styles();
        PdfPTable header = new PdfPTable(new float[]{62, 38});
        header.setWidthPercentage(100);
        header.setSpacingAfter(4);

        PdfPCell who = Tables.plain(null);
        who.setPadding(0);
        who.setPaddingBottom(10);
        Paragraph brand = new Paragraph("BACKCARE TRACKER · WEEKLY PROGRESS REPORT", styles.brand);
        brand.setSpacingAfter(4);
        who.addElement(brand);
        Paragraph name = new Paragraph(TextSanitizer.line(report.patientName()), styles.title);
        name.setLeading(0, 1.15f);
        who.addElement(name);
        Paragraph week = new Paragraph(weekLine(report.week()), styles.subtitle);
        week.setSpacingBefore(2);
        who.addElement(week);
        header.addCell(who);

        PdfPCell when = Tables.plain(null);
        when.setPadding(0);
        when.setPaddingBottom(12);
        when.setVerticalAlignment(Element.ALIGN_BOTTOM);
        List<WeekTrend> weeks = report.trends().weeks();
        when.addElement(metaLine("Time zone", report.timeZone().getId(), styles));
        when.addElement(metaLine("Generated", Formats.dateTime(report.generatedAt(), report.timeZone()), styles));
        when.addElement(metaLine("Trend window", Formats.count(weeks.size(), "week", "weeks") + " from "
                + weeks.getFirst().week(), styles));
        when.addElement(metaLine(report.plan().isDefault() ? "Default plan" : "Plan", planLine(report.plan()), styles));
        if (!report.riskFactors().isEmpty()) {
            // the health profile: it escalates red-flag triage, so the physiotherapist reads it first
            when.addElement(metaLine("Health profile", report.riskFactors().stream().sorted()
                    .map(RiskFactor::label).collect(Collectors.joining(", ")), styles));
        }
        header.addCell(when);

        PdfPCell rule = Tables.plain(null);
        rule.setColspan(2);
        rule.setBorder(Rectangle.TOP);
        rule.setBorderColor(Palette.TEAL);
        rule.setBorderWidth(1.6f);
        rule.setFixedHeight(2);
        header.addCell(rule);
        doc.add(header);
    }

    /** "Week 2026-W47 · Mon 16 Nov – Sun 22 Nov 2026", with both years when the week spans two. */
    static String weekLine(IsoWeek week) {
        boolean sameYear = week.start().getYear() == week.end().getYear();
        String start = sameYear ? Formats.day(week.start()) : Formats.dayWithYear(week.start());
        return "Week " + week + " · " + start + " – " + Formats.dayWithYear(week.end());
    }

    private static String planLine(PlanInForce plan) {
        return Formats.count(plan.daysPerWeek(), "day", "days") + " a week, " + plan.minutesPerDay() + " min a day";
    }

    private static Paragraph metaLine(String label, String value, Styles styles) {
        Paragraph line = new Paragraph();
        line.setAlignment(Element.ALIGN_RIGHT);
        line.setLeading(0, 1.45f);
        line.add(new Chunk(label + "  ", styles.meta));
        line.add(new Phrase(value, styles.metaBold));
        return line;
    }
}
