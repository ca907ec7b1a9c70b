package care.backcare.tracker.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * What an operator needs to see an attack, on its own logger ({@code care.backcare.security}), one
 * line per event, as {@code key=value} pairs: failed sign-ins, throttling, token and share-link
 * guessing, operator actions. Never a password, a token, a share link or any clinical data: an
 * address, a username, what happened.
 */
public final class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("care.backcare.security");

    private SecurityEvents() {
    }

    public static void signInFailed(String address, String username, String method) {
        log.info("event=sign-in-failed method={} address={} username={}", method, address, clean(username));
    }

    public static void signInThrottled(String address, String username, Duration wait) {
        log.warn("event=sign-in-throttled address={} username={} retry-after-s={}", address, clean(username),
                wait.toSeconds());
    }

    public static void throttled(String what, String address, Duration wait) {
        log.warn("event=throttled limit={} address={} retry-after-s={}", what, address, wait.toSeconds());
    }

    public static void tokenGuessed(String address) {
        log.info("event=bearer-token-refused address={}", address);
    }

    public static void shareLinkMissed(String address) {
        log.info("event=share-link-unknown address={}", address);
    }

    public static void passwordChanged(String address, String username, boolean signedOutEverywhere) {
        log.info("event=password-changed address={} username={} signed-out-everywhere={}", address, clean(username),
                signedOutEverywhere);
    }

    public static void sessionEnded(String username, String why) {
        log.info("event=session-ended username={} reason={}", clean(username), why);
    }

    public static void hostRefused(String address, String host) {
        log.warn("event=host-refused address={} host={}", address, clean(host));
    }

    public static void operatorAction(String address, String action) {
        log.warn("event=operator-action address={} action={}", address, clean(action));
    }

    /** A username or host as typed by anyone: no line breaks or control characters in the log, and not too long. */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String cleaned = value.codePoints().limit(64)
                .map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.isEmpty() ? "-" : cleaned;
    }
}
