package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #17 (low): opening accounts and rendering reports are limited per address; the operator's own machine is not. */
class RateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T12:00:00Z"));
    private final Throttle throttle = new Throttle(new AttemptLimiter(clock), clock, ThrottleProperties.defaults());

    @Test
    void ten_accounts_an_hour_from_one_address_then_429_until_the_hour_is_over() {
        for (int i = 0; i < 10; i++) {
            throttle.registration("198.51.100.7");
        }
        assertThatThrownBy(() -> throttle.registration("198.51.100.7"))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThatCode(() -> throttle.registration("198.51.100.8")).as("another address").doesNotThrowAnyException();
        clock.advance(Duration.ofHours(1));
        assertThatCode(() -> throttle.registration("198.51.100.7")).doesNotThrowAnyException();
    }

    @Test
    void thirty_reports_a_minute_from_one_address() {
        for (int i = 0; i < 30; i++) {
            throttle.reportRendering("198.51.100.7");
        }
        assertThatThrownBy(() -> throttle.reportRendering("198.51.100.7")).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void loopback_addresses_are_not_limited() {
        for (int i = 0; i < 100; i++) {
            throttle.registration("127.0.0.1");
            throttle.registration("0:0:0:0:0:0:0:1");
        }
    }
}
