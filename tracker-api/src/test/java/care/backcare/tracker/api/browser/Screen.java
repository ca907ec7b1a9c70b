package care.backcare.tracker.api.browser;

/** The two screens the page is built for: a 390-pixel phone held upright, and a desktop window. */
enum Screen {
    PHONE(390, 844, true, 2),
    DESKTOP(1280, 900, false, 1);

    final int width;
    final int height;
    final boolean mobile;
    final int scale;

    Screen(int width, int height, boolean mobile, int scale) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
        this.scale = scale;
    }

    String prefix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
