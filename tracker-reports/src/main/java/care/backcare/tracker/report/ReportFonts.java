package care.backcare.tracker.report;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans from openpdf-fonts-extra, read once per JVM: the embedded PDF fonts (Identity-H,
 * subset per document) and AWT fonts made from the same bytes, so charts measure and draw with the
 * very glyphs the PDF embeds and nothing depends on the fonts installed on the machine.
 *
 * <p>Shared by every render: a {@link BaseFont} keeps no per-document state (each writer tracks the
 * glyphs it used), and AWT fonts are immutable.
 */
final class ReportFonts {

    enum Face {
        REGULAR("liberation/LiberationSans-Regular.ttf", Font.PLAIN),
        BOLD("liberation/LiberationSans-Bold.ttf", Font.BOLD),
        ITALIC("liberation/LiberationSans-Italic.ttf", Font.ITALIC),
        BOLD_ITALIC("liberation/LiberationSans-BoldItalic.ttf", Font.BOLD | Font.ITALIC);

        private final String resource;
        private final int awtStyle;

        Face(String resource, int awtStyle) {
            this.resource = resource;
            this.awtStyle = awtStyle;
        }

        static Face of(int awtStyle) {
            boolean bold = (awtStyle & Font.BOLD) != 0;
            boolean italic = (awtStyle & Font.ITALIC) != 0;
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    static {
        // charts are drawn without a display; an application that decided otherwise keeps its choice
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final class Shared {
        private static final ReportFonts INSTANCE = new ReportFonts();
    }

    private final BaseFont[] baseFonts = new BaseFont[Face.values().length];
    private final Font[] awtFonts = new Font[Face.values().length];
    private final FontMapper fontMapper = new EmbeddedFontMapper();

    private ReportFonts() {
        for (Face face : Face.values()) {
            byte[] bytes = read(face.resource);
            baseFonts[face.ordinal()] = baseFont(face.resource, bytes);
            awtFonts[face.ordinal()] = awtFont(face.resource, bytes);
        }
    }

    /** The fonts of this JVM, loaded on first use. */
    static ReportFonts shared() {
        return Shared.INSTANCE;
    }

    BaseFont base(Face face) {
        return baseFonts[face.ordinal()];
    }

    /** An AWT font of the given face and size, for charts. */
    Font awt(Face face, float size) {
        return awtFonts[face.ordinal()].deriveFont(size);
    }

    /** Maps every AWT font a chart draws with to the embedded face of the same style. */
    FontMapper fontMapper() {
        return fontMapper;
    }

    private final class EmbeddedFontMapper implements FontMapper {

        @Override
        public BaseFont awtToPdf(Font font) {
            return base(Face.of(font.getStyle()));
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            for (Face face : Face.values()) {
                if (base(face) == font) {
                    return awt(face, size);
                }
            }
            return awt(Face.REGULAR, size);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static BaseFont baseFont(String resource, byte[] bytes) {
        try {
            // not cached in OpenPDF's global font cache: this class is the cache
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }

    private static Font awtFont(String resource, byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load " + resource + " for charts", e);
        }
    }
}
