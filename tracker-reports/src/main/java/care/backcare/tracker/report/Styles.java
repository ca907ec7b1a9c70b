package care.backcare.tracker.report;

import care.backcare.tracker.report.ReportFonts.Face;
import org.openpdf.text.Font;

import java.awt.Color;

/**
 * The typographic scale of the report. OpenPDF fonts are plain values here: built once, never
 * changed afterwards, so every render can share them.
 */
final class Styles {

    final Font brand;
    final Font title;
    final Font subtitle;
    final Font meta;
    final Font metaBold;
    final Font heading;
    final Font body;
    final Font bodyBold;
    final Font bodyItalic;
    final Font small;
    final Font smallBold;
    final Font caption;
    final Font cardLabel;
    final Font cardValue;
    final Font cardNote;
    final Font tableHeader;
    final Font tableCell;
    final Font tableCellBold;
    final Font tableCellAlert;
    final Font alertHeading;
    final Font alertBold;
    final Font alertLabel;
    final Font footer;

    private final ReportFonts fonts;

    Styles(ReportFonts fonts) {
        this.fonts = fonts;
        brand = font(Face.BOLD, 8.5f, Palette.TEAL);
        title = font(Face.BOLD, 21f, Palette.INK);
        subtitle = font(Face.REGULAR, 12f, Palette.INK);
        meta = font(Face.REGULAR, 8.5f, Palette.MUTED);
        metaBold = font(Face.BOLD, 8.5f, Palette.MUTED);
        heading = font(Face.BOLD, 12.5f, Palette.TEAL_DARK);
        body = font(Face.REGULAR, 9.5f, Palette.INK);
        bodyBold = font(Face.BOLD, 9.5f, Palette.INK);
        bodyItalic = font(Face.ITALIC, 9.5f, Palette.MUTED);
        small = font(Face.REGULAR, 8.5f, Palette.INK);
        smallBold = font(Face.BOLD, 8.5f, Palette.INK);
        caption = font(Face.ITALIC, 8.5f, Palette.MUTED);
        cardLabel = font(Face.BOLD, 7f, Palette.MUTED);
        cardValue = font(Face.BOLD, 17f, Palette.INK);
        cardNote = font(Face.REGULAR, 7.5f, Palette.MUTED);
        tableHeader = font(Face.BOLD, 7.5f, Palette.TEAL_DARK);
        tableCell = font(Face.REGULAR, 8f, Palette.INK);
        tableCellBold = font(Face.BOLD, 8f, Palette.INK);
        tableCellAlert = font(Face.BOLD, 8f, Palette.ALERT);
        alertHeading = font(Face.BOLD, 12.5f, Palette.ALERT_DARK);
        alertBold = font(Face.BOLD, 9.5f, Palette.ALERT_DARK);
        alertLabel = font(Face.BOLD, 8.5f, Palette.ALERT_DARK);
        footer = font(Face.REGULAR, 7f, Palette.FAINT);
    }

    Font font(Face face, float size, Color color) {
        return new Font(fonts.base(face), size, Font.NORMAL, color);
    }
}
