package care.backcare.tracker.report;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;

/** Data tables of the report: a tinted header row, hairline rules, light zebra striping. */
final class Tables {

    private Tables() {
    }

    /** A full-width table whose header row repeats on every page it spans. */
    static PdfPTable table(float[] relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        return table;
    }

    static PdfPCell header(String text, Styles styles, int alignment) {
        PdfPCell cell = base(new Phrase(text, styles.tableHeader), alignment);
        cell.setBackgroundColor(Palette.HEADER_FILL);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.TEAL_LIGHT);
        cell.setBorderWidth(0.8f);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        return cell;
    }

    static PdfPCell cell(String text, Font font, int alignment, int row) {
        PdfPCell cell = base(new Phrase(text, font), alignment);
        if (row % 2 == 1) {
            cell.setBackgroundColor(Palette.ZEBRA);
        }
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.GRID);
        cell.setBorderWidth(0.4f);
        return cell;
    }

    static PdfPCell left(String text, Font font, int row) {
        return cell(text, font, Element.ALIGN_LEFT, row);
    }

    static PdfPCell right(String text, Font font, int row) {
        return cell(text, font, Element.ALIGN_RIGHT, row);
    }

    /** A borderless cell for layout tables (cards, side-by-side blocks). */
    static PdfPCell plain(Color background) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private static PdfPCell base(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setPaddingTop(3.5f);
        cell.setPaddingBottom(4.5f);
        cell.setPaddingLeft(5);
        cell.setPaddingRight(5);
        return cell;
    }
}
