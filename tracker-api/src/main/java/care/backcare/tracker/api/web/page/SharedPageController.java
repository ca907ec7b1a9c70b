package care.backcare.tracker.api.web.page;

import care.backcare.tracker.api.security.TooManyAttemptsException;
import care.backcare.tracker.api.share.ShareLinks;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The physiotherapist's page at {@code /shared/{token}}: the read-only view for a link that opens something
 * now, and otherwise one friendly "not valid" page, the same for unknown, expired and revoked links, so the
 * answer tells a guesser nothing. Serving the page records no use; the page's own data requests do. The token
 * is never logged here, and {@code Referrer-Policy: no-referrer} keeps it out of every request the page makes.
 */
@Controller
@Hidden
class SharedPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ShareLinks links;
    private final byte[] page;
    private final byte[] notValid;

    SharedPageController(ShareLinks links) {
        this.links = links;
        this.page = read("static/shared.html");
        this.notValid = read("static/link-not-valid.html");
    }

    @GetMapping("/shared/{token}")
    ResponseEntity<byte[]> page(@PathVariable String token, HttpServletRequest request) {
        try {
            return links.isActive(token, request.getRemoteAddr())
                    ? html(HttpStatus.OK).body(page)
                    : html(HttpStatus.NOT_FOUND).body(notValid);
        } catch (TooManyAttemptsException guessing) {
            return html(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(guessing.retryAfterSeconds()))
                    .body(notValid);
        }
    }

    private static ResponseEntity.BodyBuilder html(HttpStatus status) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore());
    }

    private static byte[] read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("missing page " + resource, e);
        }
    }
}
