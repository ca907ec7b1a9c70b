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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns away sign-in attempts (HTTP Basic, the web page's login, bearer tokens) from an address or
 * for an account that has failed too often lately, with 429 and Retry-After, before any password is
 * hashed or token looked up.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/api/session";

    private final Throttle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(Throttle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedUsername(request);
        boolean attempt = username.isPresent() || PersonalTokenAuthenticationFilter.carriesBearerToken(request);
        if (attempt) {
            Optional<Duration> wait = throttle.signInBlocked(request.getRemoteAddr(), username.orElse(null));
            if (wait.isPresent()) {
                refuse(request, response, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        TooManyAttemptsException refusal = new TooManyAttemptsException(
                "Too many failed sign-in attempts. Please wait before trying again.", wait);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, refusal.getMessage());
    }

    /** The username of an HTTP Basic or web-page login attempt, if this request is one. */
    static Optional<String> attemptedUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return Optional.of("");
            }
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username")).or(() -> Optional.of(""));
        }
        return Optional.empty();
    }
}
