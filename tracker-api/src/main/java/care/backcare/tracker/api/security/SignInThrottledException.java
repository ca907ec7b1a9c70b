package care.backcare.tracker.api.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused before (or instead of) checking its secret: answered 429 with Retry-After. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts. Please wait before trying again.");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return TooManyAttemptsException.wholeSeconds(retryAfter);
    }
}
