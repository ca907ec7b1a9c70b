package care.backcare.tracker.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * What an operator needs to see an attack, on its own logger ({@code care.backcare.security}), one
 * line per event, as {@code key=value} pairs: failed sign-ins, throttling, token and share-link
 * guessing, operator actions. Never a password, a token, a share link or any clinical data: an
 * address, a pseudonym of the account ({@link #account}), what happened.
 */
public final class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("care.backcare.security");

    private SecurityEvents() {
    }

    public static void signInFailed(String address, String username, String method) {
        log.info("event=sign-in-failed method={} address={} account={}", method, address, account(username));
    }

    public static void signInThrottled(String address, String username, Duration wait) {
        log.warn("event=sign-in-throttled address={} account={} retry-after-s={}", address, account(username),
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
        log.info("event=password-changed address={} account={} signed-out-everywhere={}", address, account(username),
                signedOutEverywhere);
    }

    public static void sessionEnded(String username, String why) {
        log.info("event=session-ended account={} reason={}", account(username), why);
    }

    public static void hostRefused(String address, String host) {
        log.warn("event=host-refused address={} host={}", address, clean(host));
    }

    public static void operatorAction(String address, String action) {
        log.warn("event=operator-action address={} action={}", address, clean(action));
    }

    /**
     * An account as the log names it: a pseudonym (the first 12 hex digits of the username's SHA-256), never the
     * username itself. An operator can still see one account attacked from many addresses, or find an account's
     * lines by hashing its name; and the log keeps nothing a patient typed once their account is erased.
     */
    static String account(String username) {
        if (username == null || username.isBlank()) {
            return "-";
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
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
