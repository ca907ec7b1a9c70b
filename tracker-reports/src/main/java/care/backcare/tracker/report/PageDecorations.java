package care.backcare.tracker.report;

import care.backcare.tracker.report.ReportFonts.Face;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries: the footer (the not-a-diagnosis line, when the report was made, "Page X
 * of Y") and, from page 2 on, a running header naming patient and week. Y is a template filled in
 * when the document closes. One instance per document.
 */
final class PageDecorations extends PdfPageEventHelper {

    static final String DISCLAIMER = "This report summarises what the patient logged. It is not a diagnosis; "
            + "discuss any change with your physiotherapist or doctor.";

    private static final float FOOTER_SIZE = 7f;

    private final Styles styles;
    private final BaseFont regular;
    private final String runningHeader;
    private final String generated;
    private PdfTemplate totalPages;
    private int pages;

    PageDecorations(Styles styles, ReportFonts fonts, String runningHeader, String generated) {
        this.styles = styles;
        this.regular = fonts.base(Face.REGULAR);
        this.runningHeader = runningHeader;
        this.generated = generated;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(regular.getWidthPoint("000", FOOTER_SIZE), 10);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages = writer.getPageNumber();
        PdfContentByte content = writer.getDirectContent();
        float left = document.left();
        float right = document.right();

        if (pages > 1) {
            float top = document.getPageSize().getHeight() - 30;
            ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(runningHeader, styles.metaBold), left, top, 0);
            ColumnText.showTextAligned(content, Element.ALIGN_RIGHT, new Phrase("Backcare Tracker", styles.brand), right, top, 0);
            rule(content, left, right, top - 6);
        }

        float ruleY = document.bottom() - 16;
        rule(content, left, right, ruleY);
        ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(DISCLAIMER, styles.footer), left, ruleY - 11, 0);

        String pageText = "Page " + pages + " of";
        float totalWidth = totalPages.getWidth();
        float space = regular.getWidthPoint(" ", FOOTER_SIZE);
        float lineY = ruleY - 22;
        ColumnText.showTextAligned(content, Element.ALIGN_LEFT, new Phrase(generated, styles.footer), left, lineY, 0);
        ColumnText.showTextAligned(content, Element.ALIGN_RIGHT, new Phrase(pageText, styles.footer),
                right - totalWidth - space, lineY, 0);
        content.addTemplate(totalPages, right - totalWidth, lineY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        totalPages.beginText();
        totalPages.setFontAndSize(regular, FOOTER_SIZE);
        totalPages.setColorFill(Palette.FAINT);
        totalPages.setTextMatrix(0, 0);
        totalPages.showText(Integer.toString(pages));
        totalPages.endText();
    }

    private static void rule(PdfContentByte content, float left, float right, float y) {
        content.saveState();
        content.setColorStroke(Palette.RULE);
        content.setLineWidth(0.5f);
        content.moveTo(left, y);
        content.lineTo(right, y);
        content.stroke();
        content.restoreState();
    }
}
