package care.backcare.tracker.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/** The patient's own words from the week, cleaned of control characters and wrapped to the page. */
final class NotesSection {

    private NotesSection() {
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        Styles styles = doc.styles();
        doc.heading("Notes from the week", 40);
        if (report.notes().isEmpty()) {
            doc.paragraph(new Phrase("No notes were written this week.", styles.bodyItalic));
            return;
        }
        for (Note note : report.notes()) {
            doc.keepSpace(36);
            doc.space(6);
            doc.add(Text.of(
                    new Chunk(Formats.day(note.date()) + ", " + Formats.time(note.at(), report.timeZone()), styles.smallBold),
                    new Chunk("   " + (note.kind() == Note.Kind.SESSION ? "Session note" : "Pain entry note"),
                            styles.meta)));

            String text = TextSanitizer.text(note.text());
            Paragraph body = Text.of(text.isEmpty() ? "(empty)" : text, styles.body);
            body.setIndentationLeft(10);
            doc.add(body);
        }
    }
}
