package care.backcare.tracker.report;

import org.jfree.chart.JFreeChart;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * One report being written: the OpenPDF document and writer with the few layout moves every
 * section needs (headings that never end a page, paragraphs, charts drawn as vectors).
 */
final class ReportDocument {

    private static final float HEADING_SPACE_BEFORE = 10;

    private final Document document;
    private final PdfWriter writer;
    private final Styles styles;
    private final ReportFonts fonts;

    ReportDocument(Document document, PdfWriter writer, Styles styles, ReportFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.fonts = fonts;
    }

    Styles styles() {
        return styles;
    }

    float width() {
        return document.right() - document.left();
    }

    void add(Element element) {
        document.add(element);
    }

    /** Starts a new page unless at least {@code height} points are left on this one. */
    void keepSpace(float height) {
        if (spaceLeft() < height) {
            document.newPage();
        }
    }

    /**
     * A table under its heading: kept whole on one page when it fits on a page (starting a new one
     * if need be, heading included); a longer one starts where it is and repeats its header rows.
     */
    void headedTable(String heading, PdfPTable table, float followedBy) {
        table.setTotalWidth(width());
        table.setLockedWidth(true);
        float height = table.calculateHeights(true) + followedBy;
        boolean fitsOnAPage = height + 40 < document.top() - document.bottom();
        table.setKeepTogether(fitsOnAPage);
        heading(heading, fitsOnAPage ? height : 80);
        add(table);
    }

    /** Points left above the bottom margin of the current page. */
    float spaceLeft() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    /**
     * A section heading, kept on the same page as the first {@code followedBy} points of what it
     * introduces.
     */
    void heading(String text, float followedBy) {
        keepSpace(followedBy + 30);
        space(HEADING_SPACE_BEFORE);
        Paragraph heading = new Paragraph(text, styles.heading);
        heading.setLeading(0, 1.2f);
        add(heading);
        space(3);
    }

    /** Body text at the report's line height. */
    void paragraph(Phrase phrase) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setLeading(0, Text.LINE_HEIGHT);
        add(paragraph);
    }

    /**
     * Vertical space as an empty borderless table. OpenPDF's spacingBefore and spacingAfter on a
     * paragraph write an invisible space on a line of its own, which text extraction (copy and
     * paste, screen readers, the tests) merges into a neighbouring line as a space inside a word.
     */
    void space(float points) {
        if (points <= 0) {
            return;
        }
        PdfPTable spacer = new PdfPTable(1);
        spacer.setWidthPercentage(100);
        PdfPCell gap = new PdfPCell();
        gap.setBorder(Rectangle.NO_BORDER);
        gap.setFixedHeight(points);
        spacer.addCell(gap);
        add(spacer);
    }

    /**
     * A chart with its caption, kept together on one page. A table rather than an
     * image in the text flow: the flow wants a line of leading after an image, which would push a
     * caption that fits onto the next page.
     */
    void figure(JFreeChart chart, float height, Phrase caption) {
        PdfPTable figure = new PdfPTable(1);
        figure.setWidthPercentage(100);
        figure.setKeepTogether(true);
        figure.setSpacingBefore(2);
        figure.setSpacingAfter(4);
        PdfPCell picture = new PdfPCell(chart(chart, width(), height), false);
        picture.setBorder(Rectangle.NO_BORDER);
        picture.setPadding(0);
        figure.addCell(picture);
        PdfPCell words = new PdfPCell(caption);
        words.setBorder(Rectangle.NO_BORDER);
        words.setPadding(0);
        words.setPaddingTop(4);
        words.setLeading(0, Text.LINE_HEIGHT);
        figure.addCell(words);
        add(figure);
    }

    /** The chart as vector drawing, text included, in a form XObject: never rasterized. */
    Image chart(JFreeChart chart, float width, float height) {
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, fonts.fontMapper());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place a chart", e);
        }
    }
}
