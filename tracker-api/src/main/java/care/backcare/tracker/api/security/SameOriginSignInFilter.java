package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Login CSRF. The web page's sign-in ({@code POST /api/session}) cannot carry a CSRF token, since the
 * browser has no session yet; so a page on another site could post its own username and password
 * through the visitor's browser and sign them into the attacker's account, where whatever they log
 * next would end up. Browsers say where a post comes from: a sign-in whose {@code Origin} (or, when
 * there is none, {@code Referer}) names another origin than this server's is refused with 403.
 * Requests with neither header (scripts, curl) are not a browser's and go through.
 * <p>
 * This server's origin is the scheme, host and port the request was addressed to; behind a reverse
 * proxy that is the public one once forwarded headers are trusted (docs/security.md).
 * <p>
 * Credentials travel in the body only: a sign-in with {@code username} or {@code password} in its
 * query string (which ends up in proxies' and servers' access logs) is refused with 400.
 */
class SameOriginSignInFilter extends OncePerRequestFilter {

    private static final java.util.regex.Pattern CREDENTIALS_IN_QUERY =
            java.util.regex.Pattern.compile("(^|&)(username|password)(=|&|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final ProblemResponses problems;

    SameOriginSignInFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && SecurityConfig.LOGIN_PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && CREDENTIALS_IN_QUERY.matcher(query).find()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    "Send the username and password in the request body, never in the URL.");
            return;
        }
        String source = request.getHeader(HttpHeaders.ORIGIN);
        if (source == null) {
            source = request.getHeader(HttpHeaders.REFERER);
        }
        if (source != null && !sameOrigin(source, request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN,
                    "Sign in from this site's own page: sign-ins sent from another site are refused.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether an Origin or Referer value names this server's scheme, host and port ("null" and garbage do not). */
    static boolean sameOrigin(String source, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(source.strip());
        } catch (URISyntaxException notAUri) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(scheme, uri.getPort()) == port(scheme, request.getServerPort());
    }

    private static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
    }
}
