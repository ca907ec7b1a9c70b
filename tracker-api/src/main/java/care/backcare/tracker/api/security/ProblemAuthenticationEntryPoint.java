package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** 401 and 403 as problem+json, with the challenge a client needs to know how to sign in. */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Basic realm=\"Backcare Tracker\", charset=\"UTF-8\"";

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SignInThrottledException throttled) {
            tooMany(request, response, throttled.asProblem());
            return;
        }
        if (failure instanceof SignInBusyException) {
            busy(request, response);
            return;
        }
        if (BearerToken.presentIn(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            // the web page signs in with its own form; a Basic challenge would pop up the browser's dialog
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        }
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                "Sign in with your username and password (HTTP Basic) or a personal token (Authorization: Bearer).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException denied) throws IOException {
        String detail = denied instanceof org.springframework.security.web.csrf.CsrfException
                ? "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."
                : "You are not allowed to do this.";
        problems.write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    /** The web page's login failed: 401 without a Basic challenge (or 429 / 503 as for any sign-in). */
    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SignInThrottledException throttled) {
            tooMany(request, response, throttled.asProblem());
        } else if (failure instanceof SignInBusyException) {
            busy(request, response);
        } else {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "The username or password is not right.");
        }
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response, TooManyAttemptsException refusal)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, refusal.getMessage());
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                "The server is busy; please try again in a few seconds.");
    }
}
