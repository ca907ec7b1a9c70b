package care.backcare.tracker.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A rendered report read back with PDFBox: its text (whitespace collapsed), fonts, images and pages. */
final class RenderedPdf {

    private final byte[] bytes;
    private final int pages;
    private final List<String> pageTexts;
    private final String flowText;

    private RenderedPdf(byte[] bytes) {
        this.bytes = bytes;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            this.pages = document.getNumberOfPages();
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            this.pageTexts = List.copyOf(texts);
            PDFTextStripper inOrder = new PDFTextStripper();
            this.flowText = collapse(inOrder.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedPdf of(WeeklyReport report) {
        return new RenderedPdf(new WeeklyReportRenderer().render(report));
    }

    static RenderedPdf read(byte[] bytes) {
        return new RenderedPdf(bytes);
    }

    byte[] bytes() {
        return bytes;
    }

    int pages() {
        return pages;
    }

    /** The text of every page, each run of whitespace as one space. */
    String text() {
        return String.join(" ", pageTexts.stream().map(RenderedPdf::collapse).toList());
    }

    /**
     * The text in the order it was written rather than by position: a paragraph beside a chart
     * reads whole instead of interleaved with the chart's axis labels.
     */
    String flowText() {
        return flowText;
    }

    String pageText(int page) {
        return collapse(pageTexts.get(page - 1));
    }

    /** The text line by line, as PDFBox orders it by position. */
    List<String> lines() {
        return pageTexts.stream().flatMap(String::lines).map(RenderedPdf::collapse).filter(s -> !s.isEmpty()).toList();
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Every font used on any page or in any form XObject (charts, the page-count template). */
    List<PDFont> fonts() {
        return withDocument(document -> {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            return fonts;
        });
    }

    /** Raster images anywhere on the pages, charts' form XObjects included. */
    int rasterImages() {
        return withDocument(document -> {
            int images = 0;
            for (PDPage page : document.getPages()) {
                images += countImages(page.getResources());
            }
            return images;
        });
    }

    int formXObjects() {
        return withDocument(document -> {
            int forms = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDFormXObject) {
                        forms++;
                    }
                }
            }
            return forms;
        });
    }

    /** Writes every page as a PNG into {@code directory}, named {@code prefix-page-N.png}. */
    List<Path> writePngs(Path directory, String prefix, float dpi) {
        return withDocument(document -> {
            Files.createDirectories(directory);
            PDFRenderer renderer = new PDFRenderer(document);
            List<Path> files = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                Path file = directory.resolve(prefix + "-page-" + (page + 1) + ".png");
                ImageIO.write(renderer.renderImageWithDPI(page, dpi, ImageType.RGB), "png", file.toFile());
                files.add(file);
            }
            return files;
        });
    }

    private interface DocumentWork<T> {
        T apply(PDDocument document) throws IOException;
    }

    private <T> T withDocument(DocumentWork<T> work) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return work.apply(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static int countImages(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += countImages(form.getResources());
            }
        }
        return images;
    }
}
