package care.backcare.tracker.api.security;

import java.time.Duration;

/** Refused because of recent failures; the client may try again after {@code retryAfter}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    /** For {@code Retry-After}: whole seconds, rounded up, at least one. */
    static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
