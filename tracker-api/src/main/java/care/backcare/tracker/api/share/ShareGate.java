package care.backcare.tracker.api.share;

import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.api.security.Throttle;
import care.backcare.tracker.api.security.TooManyAttemptsException;
import care.backcare.tracker.api.audit.AccessLog;
import care.backcare.tracker.api.audit.ClientHint;
import care.backcare.tracker.share.SharedView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens a share link: finds it by the id inside the token, checks the secret in constant time and
 * the expiry against the clock, and records the use in the access log before anything is shown (not in the
 * patient's history: a page view is not a fact of the patient's diary). Anything short of that is the same 404,
 * and counts as a guess. A revocation is in the share table with its event, so it holds from the next request.
 */
@Component
class ShareGate {

    static final SecretTokens FORMAT = new SecretTokens("bcs");

    /** The patient a valid link shows, and until when. */
    record OpenedShare(UUID patientId, UUID shareId, Instant expiresAt) {
    }

    private final ShareProjection shares;
    private final AccessLog accessLog;
    private final Throttle throttle;
    private final Clock clock;

    ShareGate(ShareProjection shares, AccessLog accessLog, Throttle throttle, Clock clock) {
        this.shares = shares;
        this.accessLog = accessLog;
        this.throttle = throttle;
        this.clock = clock;
    }

    OpenedShare open(String token, HttpServletRequest request, SharedView view, String detail) {
        ShareProjection.ShareLink share = active(token, request.getRemoteAddr());
        accessLog.record(share.patientId(), AccessLog.ActorKind.SHARE_LINK, share.shareId(), view.name(), detail,
                ClientHint.of(request.getHeader(HttpHeaders.USER_AGENT)));
        return new OpenedShare(share.patientId(), share.shareId(), share.expiresAt());
    }

    /**
     * Whether a link is active, without recording a use: for serving the physiotherapist's page, whose
     * own data request then records the visit. Misses count as guesses, like in {@link #open}.
     */
    boolean isActive(String token, String clientAddress) {
        try {
            active(token, clientAddress);
            return true;
        } catch (SharedLinkNotFoundException notActive) {
            return false;
        }
    }

    private ShareProjection.ShareLink active(String token, String clientAddress) {
        Optional<Duration> wait = throttle.shareLookupBlocked(clientAddress);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("Too many invalid links from this address. Please wait.", wait.get());
        }
        Optional<ShareProjection.ShareLink> link = FORMAT.parse(token)
                .flatMap(presented -> shares.find(presented.id())
                        .filter(found -> SecretTokens.matches(presented.secret(), found.tokenHash())));
        if (link.isEmpty() || !link.get().isActiveAt(clock.instant())) {
            throttle.shareLookupMissed(clientAddress);
            throw new SharedLinkNotFoundException();
        }
        return link.get();
    }
}
