package care.backcare.tracker.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The address a sign-in came from, as the container reports it: the peer's address, or the one a
 * trusted proxy forwarded (see {@link ServerHardening}); never a header anyone could set.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
