package care.backcare.tracker.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/** The patient's own words from the week, cleaned of control characters and wrapped to the page. */
final class NotesSection {

    /** A longer note may start anywhere: a page can't hold it whole anyway. */
    private static final float MAX_KEPT_HEIGHT = 500;

    private NotesSection() {
    }

    /** Generous: average glyphs half the font size wide, lines 1.5 times the font size apart. */
    static float estimatedHeight(String text, float width, float fontSize) {
        int charsPerLine = Math.max(1, (int) (width / (fontSize * 0.5f)));
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + charsPerLine - 1) / charsPerLine);
        }
        return lines * fontSize * 1.5f;
    }

    static void write(ReportDocument doc, WeeklyReport report) {
        Styles styles = doc.styles();
        doc.heading("Notes from the week", 40);
        if (report.notes().isEmpty()) {
            doc.paragraph(new Phrase("No notes were written this week.", styles.bodyItalic));
            return;
        }
        for (Note note : report.notes()) {
            // a note (at most 2,000 characters) starts on a new page when it would not fit whole on this one,
            // so that a page footer never cuts it: how far the notes reach depends on the sections above them
            doc.keepSpace(Math.min(36 + estimatedHeight(TextSanitizer.text(note.text()), doc.width(), styles.body.getSize()),
                    MAX_KEPT_HEIGHT));
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
