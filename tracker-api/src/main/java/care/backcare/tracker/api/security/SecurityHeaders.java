package care.backcare.tracker.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Content-Security-Policy: our own scripts, styles, images and connections only, never framed. The
 * bundled Swagger UI styles some elements inline, so its pages alone may use inline styles. Responses
 * with clinical data ({@code /api/me/**}, {@code /api/shared/**}, {@code /api/clinician/**}) are
 * {@code Cache-Control: no-store}: no browser, proxy or shared computer keeps a copy.
 */
final class SecurityHeaders implements HeaderWriter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String SWAGGER_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        boolean swagger = request.getServletPath().startsWith("/swagger-ui");
        response.setHeader("Content-Security-Policy", swagger ? SWAGGER_POLICY : POLICY);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (clinical(request.getRequestURI())) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    static boolean clinical(String path) {
        return path.startsWith("/api/me/") || path.equals("/api/me") || path.startsWith("/api/shared/")
                || path.startsWith("/api/clinician/") || path.equals("/api/clinician");
    }
}
