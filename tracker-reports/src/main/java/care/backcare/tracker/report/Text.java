package care.backcare.tracker.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;

/** Running text at the report's one line height, so every block of prose reads alike. */
final class Text {

    static final float LINE_HEIGHT = 1.35f;

    private Text() {
    }

    static Paragraph of(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(0, LINE_HEIGHT);
        return paragraph;
    }

    /** Runs of differently styled text in one paragraph. */
    static Paragraph of(Chunk... runs) {
        Paragraph paragraph = new Paragraph();
        paragraph.setLeading(0, LINE_HEIGHT);
        for (Chunk run : runs) {
            paragraph.add(run);
        }
        return paragraph;
    }
}
