package care.backcare.tracker.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code tracker.throttle.*}: the limits on guessing and on costly requests, each default here only.
 *
 * @param window                      how long a failure counts against a key
 * @param perAddress                  failed sign-ins (passwords and bearer tokens) from one address
 * @param perAccountAndAddress        failed sign-ins for one account from one address
 * @param perAccount                  failed sign-ins for one account from anywhere
 * @param triesOverAccountLimit       while an account is over its limit, how many wrong passwords an
 *                                    address that did not help put it there may still try (ADR 0301)
 * @param shareMissesPerAddress       unknown share-link tokens from one address
 * @param knownAddressFor             how long an address the user signed in from is exempt from the account limit
 * @param registrationsPerAddress     accounts opened from one address per {@code registrationWindow}
 * @param registrationWindow          see above
 * @param reportsPerAddress           PDF reports rendered for one address per {@code reportWindow}
 * @param reportWindow                see above
 */
@ConfigurationProperties("tracker.throttle")
public record ThrottleProperties(
        @DefaultValue("PT15M") Duration window,
        @DefaultValue("30") int perAddress,
        @DefaultValue("10") int perAccountAndAddress,
        @DefaultValue("50") int perAccount,
        @DefaultValue("3") int triesOverAccountLimit,
        @DefaultValue("20") int shareMissesPerAddress,
        @DefaultValue("P30D") Duration knownAddressFor,
        @DefaultValue("10") int registrationsPerAddress,
        @DefaultValue("PT1H") Duration registrationWindow,
        @DefaultValue("30") int reportsPerAddress,
        @DefaultValue("PT1M") Duration reportWindow) {

    /** The defaults, for tests that build a {@link Throttle} by hand. */
    public static ThrottleProperties defaults() {
        return new ThrottleProperties(Duration.ofMinutes(15), 30, 10, 50, 3, 20, Duration.ofDays(30), 10,
                Duration.ofHours(1), 30, Duration.ofMinutes(1));
    }
}
