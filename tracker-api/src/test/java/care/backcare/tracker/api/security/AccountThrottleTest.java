package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-account limit, which no single address can reach on its own: 50 failures in 15 minutes from
 * any number of addresses hold the account back, except from an address the real user signed in from
 * in the last 30 days. The limits per address and per address and account apply to that address as
 * to any other.
 */
class AccountThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T12:00:00Z"));
    private final Throttle throttle = new Throttle(new AttemptLimiter(clock), clock, ThrottleProperties.defaults());

    /** Five attackers, each stopping just at its own limit for the pair (10), 50 failures in all. */
    private void fiveAddressesGuess(String username) {
        for (int address = 1; address <= 5; address++) {
            for (int i = 0; i < 10; i++) {
                throttle.signInFailed("203.0.113." + address, username);
            }
        }
    }

    @Test
    void fifty_failures_from_five_addresses_hold_the_account_back_from_every_other_address() {
        for (int address = 1; address <= 5; address++) {
            for (int i = 0; i < (address == 5 ? 9 : 10); i++) {
                throttle.signInFailed("203.0.113." + address, "ana");
            }
        }
        assertThat(throttle.signInBlocked("198.51.100.7", "ana")).as("49 failures").isEmpty();

        throttle.signInFailed("203.0.113.5", "ana");
        assertThat(throttle.signInBlocked("198.51.100.7", "ana")).as("50 failures").contains(Duration.ofMinutes(15));
        assertThat(throttle.signInBlocked("198.51.100.7", "ANA")).as("the username in other case").isPresent();
        assertThat(throttle.signInBlocked("198.51.100.7", "bo")).as("another account").isEmpty();
        assertThat(throttle.signInBlocked("198.51.100.7", null)).as("a bearer token from there").isEmpty();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.signInBlocked("198.51.100.7", "ana")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.signInBlocked("198.51.100.7", "ana")).isEmpty();
    }

    @Test
    void an_address_the_user_signed_in_from_lately_is_not_held_back_by_the_accounts_limit() {
        throttle.signInSucceeded("192.0.2.10", "ana");
        clock.advance(Duration.ofDays(29));
        fiveAddressesGuess("ana");

        assertThat(throttle.signInBlocked("192.0.2.10", "ana")).isEmpty();
        assertThat(throttle.signInBlocked("198.51.100.7", "ana")).as("an address ana never used").isPresent();
        assertThat(throttle.signInBlocked("203.0.113.1", "ana")).as("an attacker").isPresent();

        // the attackers keep going: still only the known address gets in
        clock.advance(Duration.ofMinutes(10));
        fiveAddressesGuess("ana");
        assertThat(throttle.signInBlocked("192.0.2.10", "ana")).isEmpty();
        assertThat(throttle.signInBlocked("198.51.100.7", "ana")).isPresent();
    }

    @Test
    void a_known_address_is_known_for_that_account_only_and_for_thirty_days_from_its_last_sign_in() {
        throttle.signInSucceeded("192.0.2.10", "ana");
        fiveAddressesGuess("bo");
        assertThat(throttle.signInBlocked("192.0.2.10", "bo")).as("known for ana, not for bo").isPresent();

        clock.advance(Duration.ofDays(20));
        throttle.signInSucceeded("192.0.2.10", "ana"); // each sign-in starts the 30 days again
        clock.advance(Duration.ofDays(29));
        fiveAddressesGuess("ana");
        assertThat(throttle.signInBlocked("192.0.2.10", "ana")).isEmpty();

        clock.advance(Duration.ofDays(1));
        fiveAddressesGuess("ana");
        assertThat(throttle.signInBlocked("192.0.2.10", "ana")).as("30 days after the last sign-in").isPresent();
    }

    @Test
    void the_limits_per_address_still_apply_to_a_known_address() {
        throttle.signInSucceeded("192.0.2.10", "ana");
        fiveAddressesGuess("ana");
        for (int i = 0; i < 10; i++) {
            throttle.signInFailed("192.0.2.10", "ana");
        }
        assertThat(throttle.signInBlocked("192.0.2.10", "ana")).as("10 failures for the pair").isPresent();

        throttle.signInSucceeded("192.0.2.20", "ana");
        for (int i = 0; i < 30; i++) {
            throttle.signInFailed("192.0.2.20", "guess" + i);
        }
        assertThat(throttle.signInBlocked("192.0.2.20", "ana")).as("30 failures from the address").isPresent();
    }

    @Test
    void the_memory_of_known_addresses_is_bounded_the_least_recently_used_forgotten_first() {
        throttle.signInSucceeded("192.0.2.10", "ana");
        throttle.signInSucceeded("192.0.2.11", "ana");
        for (int i = 0; i < Throttle.MAX_KNOWN_ADDRESSES - 1; i++) {
            if (i == 1_000) {
                throttle.signInBlocked("192.0.2.11", "ana"); // used again: kept
            }
            throttle.signInSucceeded("10.0." + (i / 250) + "." + (i % 250), "someone" + (i % 7));
        }
        fiveAddressesGuess("ana");
        assertThat(throttle.signInBlocked("192.0.2.10", "ana")).as("forgotten").isPresent();
        assertThat(throttle.signInBlocked("192.0.2.11", "ana")).as("remembered").isEmpty();
    }
}
