package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.ProblemCatalog;
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

/**
 * 401 and 403 as problem+json (429 / 503 for a sign-in refused by its limits: statuses from {@link ProblemCatalog}),
 * with the challenge a client needs to know how to sign in.
 */
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
        ProblemCatalog.Answer answer = ProblemCatalog.answer(failure);
        if (answer.status() == HttpStatus.UNAUTHORIZED) {
            if (BearerToken.presentIn(request)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            } else if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                // the web page signs in with its own form; a Basic challenge would pop up the browser's dialog
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
            }
        }
        problems.write(request, response, answer);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException denied) throws IOException {
        problems.write(request, response, ProblemCatalog.answer(denied));
    }

    /** The web page's login failed: 401 without a Basic challenge (or 429 / 503 as for any sign-in). */
    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        ProblemCatalog.Answer answer = ProblemCatalog.answer(failure);
        problems.write(request, response, answer.status() == HttpStatus.UNAUTHORIZED
                ? answer.withDetail("The username or password is not right.") : answer);
    }
}
