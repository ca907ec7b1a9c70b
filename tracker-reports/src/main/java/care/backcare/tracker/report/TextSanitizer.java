package care.backcare.tracker.report;

/**
 * Patient-written text made safe to lay out: line breaks kept (at most one blank line in a row),
 * tabs as spaces, and everything that could garble or disguise the page dropped: C0 and C1
 * controls, bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), lone
 * surrogates and non-characters.
 */
final class TextSanitizer {

    private TextSanitizer() {
    }

    /** Multi-line text such as a note. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        int newlines = 0;
        for (int i = 0; i < unified.length(); ) {
            int cp = unified.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                if (++newlines <= 2) {
                    out.append('\n');
                }
                continue;
            }
            if (cp == '\t') {
                cp = ' ';
            } else if (dropped(cp)) {
                continue;
            }
            newlines = 0;
            out.appendCodePoint(cp);
        }
        return stripLineEnds(out.toString()).strip();
    }

    /** Single-line text such as a name: line breaks become spaces. */
    static String line(String raw) {
        return text(raw).replaceAll("\\s*\\n\\s*", " ");
    }

    private static boolean dropped(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                || (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }

    private static String stripLineEnds(String text) {
        return text.replaceAll("[ \\u00A0]+\\n", "\n");
    }
}
