package care.backcare.tracker.api.audit;

/**
 * What the patient is told about the device that opened a link: a browser family and a system, such as
 * "Firefox on Android", enough to recognise one's physiotherapist's phone, and too coarse to track anyone.
 * The address and the full user agent are never kept.
 */
public final class ClientHint {

    private ClientHint() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        return browser(userAgent) + " on " + system(userAgent);
    }

    // order matters: Edge and Opera say Chrome, Chrome says Safari, every Apple browser says Safari
    private static String browser(String ua) {
        if (ua.contains("Edg/") || ua.contains("Edge/")) return "Edge";
        if (ua.contains("OPR/") || ua.contains("Opera")) return "Opera";
        if (ua.contains("SamsungBrowser/")) return "Samsung Internet";
        if (ua.contains("Firefox/") || ua.contains("FxiOS/")) return "Firefox";
        if (ua.contains("Chrome/") || ua.contains("CriOS/") || ua.contains("Chromium/")) return "Chrome";
        if (ua.contains("Safari/")) return "Safari";
        if (ua.startsWith("curl/")) return "curl";
        return "another browser";
    }

    private static String system(String ua) {
        if (ua.contains("Android")) return "Android";
        if (ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iOS")) return "iOS";
        if (ua.contains("Windows")) return "Windows";
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) return "macOS";
        if (ua.contains("CrOS")) return "ChromeOS";
        if (ua.contains("Linux")) return "Linux";
        return "another system";
    }
}
