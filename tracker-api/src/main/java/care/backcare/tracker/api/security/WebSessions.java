package care.backcare.tracker.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The web page's sessions end on their own: at the latest {@code tracker.session.absolute-lifetime} after
 * the sign-in, however active, and at once when the patient signs out everywhere (a password change
 * with {@code signOutEverywhere}), which raises the account's credential epoch: each session carries
 * the epoch it signed in under and is checked against the account's on every request (one indexed
 * lookup). An ended session is invalidated and the request goes on unauthenticated (401 where a sign-in
 * is needed).
 */
public final class WebSessions extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "care.backcare.signedInAt";
    static final String CREDENTIAL_EPOCH = "care.backcare.credentialEpoch";

    private final PatientCredentials credentials;
    private final Clock clock;
    private final WebSessionProperties properties;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    WebSessions(PatientCredentials credentials, Clock clock, WebSessionProperties properties) {
        this.credentials = credentials;
        this.clock = clock;
        this.properties = properties;
    }

    /** At sign-in: when, and under which epoch. */
    static void signedIn(HttpServletRequest request, UUID patientId, PatientCredentials credentials, Clock clock) {
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        session.setAttribute(CREDENTIAL_EPOCH, credentials.credentialEpoch(patientId));
    }

    /** After the patient signed out everywhere from this session: this one stays signed in. */
    public static void keepThisSession(HttpServletRequest request, int newEpoch) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CREDENTIAL_EPOCH) != null) {
            session.setAttribute(CREDENTIAL_EPOCH, newEpoch);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt) {
            Authentication authentication = contexts.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof PatientPrincipal patient) {
                String ended = null;
                if (!signedInAt.plus(properties.absoluteLifetime()).isAfter(clock.instant())) {
                    ended = "absolute-lifetime";
                } else if (!(session.getAttribute(CREDENTIAL_EPOCH) instanceof Integer epoch)
                        || epoch != credentials.credentialEpoch(patient.patientId())) {
                    ended = "signed-out-everywhere";
                }
                if (ended != null) {
                    SecurityEvents.sessionEnded(patient.username(), ended);
                    session.invalidate();
                    contexts.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
