package care.backcare.tracker.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Content-Security-Policy: our own scripts, styles, images and connections only, never framed. The
 * bundled Swagger UI styles some elements inline, so its pages alone may use inline styles.
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
    }
}
