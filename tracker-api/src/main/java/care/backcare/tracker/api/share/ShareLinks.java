package care.backcare.tracker.api.share;

import org.springframework.stereotype.Component;

/**
 * What the web page layer may ask about a share link, without reaching into how links are opened: the
 * physiotherapist's page is served only for a link that opens something now.
 */
@Component
public class ShareLinks {

    private final ShareGate gate;

    ShareLinks(ShareGate gate) {
        this.gate = gate;
    }

    /**
     * Whether the link is active now. Records no use (the page's own data requests do); a miss counts as a
     * guess, and too many of them from one address throw {@link care.backcare.tracker.api.security.TooManyAttemptsException}.
     */
    public boolean isActive(String token, String clientAddress) {
        return gate.isActive(token, clientAddress);
    }
}
