package care.backcare.tracker.report;

import java.awt.Color;

/** The report's few colours: teal for consistency, amber for pain, red only for red flags. */
final class Palette {

    static final Color INK = new Color(0x1F2A33);
    static final Color MUTED = new Color(0x5B6770);
    static final Color FAINT = new Color(0x8A969E);
    static final Color RULE = new Color(0xD3DCE2);
    static final Color GRID = new Color(0xE4EAEE);
    static final Color ZEBRA = new Color(0xF4F7F9);
    static final Color HEADER_FILL = new Color(0xE3EEEF);
    static final Color CARD_FILL = new Color(0xF2F7F7);

    static final Color TEAL = new Color(0x13807F);
    static final Color TEAL_DARK = new Color(0x0D5E5D);
    static final Color TEAL_LIGHT = new Color(0x9FD2CF);
    static final Color TEAL_TINT = new Color(0xDDEFEE);

    /** The faint fill of a week in progress, under a dashed outline. */
    static final Color HATCH = new Color(0xEEF6F5);
    static final Color REST_TINT = new Color(0xE9E4F2);
    static final Color REST = new Color(0x6E5A9A);

    static final Color PAIN = new Color(0xD4762C);
    static final Color PAIN_DARK = new Color(0xA8551A);

    static final Color ALERT = new Color(0xC0392B);
    static final Color ALERT_DARK = new Color(0x922B21);
    static final Color ALERT_TINT = new Color(0xFCEDEB);
    static final Color ALERT_RULE = new Color(0xF0C4BE);

    private Palette() {
    }
}
