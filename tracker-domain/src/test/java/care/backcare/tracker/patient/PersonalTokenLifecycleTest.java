package care.backcare.tracker.patient;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.token.IssuePersonalTokenCommand;
import care.backcare.tracker.token.PersonalTokenIssuedEvent;
import care.backcare.tracker.token.PersonalTokenRevokedEvent;
import care.backcare.tracker.token.RevokeAllPersonalTokensCommand;
import care.backcare.tracker.token.TokenRules;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** v1.1 (issue #17): personal tokens expire, and "sign out everywhere" revokes every one that still works. */
class PersonalTokenLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-18T08:00:00Z");
    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID PHONE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID LAPTOP = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private AggregateTestFixture<Patient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PatientRegisteredEvent registered() {
        return new PatientRegisteredEvent(PATIENT, "ana", "Ana", ZoneId.of("Europe/Lisbon"), NOW.minus(Duration.ofDays(800)));
    }

    @Test
    void a_token_issued_with_an_expiry_records_when_it_stops_working() {
        fixture.given(registered())
                .when(new IssuePersonalTokenCommand(PATIENT, PHONE, "phone", "hash", 30))
                .expectEvents(new PersonalTokenIssuedEvent(PATIENT, PHONE, "phone", "hash", NOW, NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void a_token_without_an_expiry_and_every_token_issued_before_expiry_existed_lasts_365_days() {
        assertThat(new PersonalTokenIssuedEvent(PATIENT, PHONE, "phone", "hash", NOW).effectiveExpiry())
                .isEqualTo(Instant.parse("2027-11-18T08:00:00Z"));
    }

    @Test
    void an_expiry_outside_1_to_730_days_is_refused() {
        assertThatThrownBy(() -> new IssuePersonalTokenCommand(PATIENT, PHONE, "phone", "hash", 0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new IssuePersonalTokenCommand(PATIENT, PHONE, "phone", "hash", TokenRules.MAX_EXPIRY_DAYS + 1))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void signing_out_everywhere_revokes_each_token_that_still_works_and_leaves_expired_and_revoked_ones() {
        UUID expired = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
        UUID revoked = UUID.fromString("00000000-0000-0000-0000-0000000000a4");
        fixture.given(registered(),
                        new PersonalTokenIssuedEvent(PATIENT, PHONE, "phone", "h1", NOW.minus(Duration.ofDays(10))),
                        new PersonalTokenIssuedEvent(PATIENT, LAPTOP, "laptop", "h2", NOW, NOW.plus(Duration.ofDays(1))),
                        new PersonalTokenIssuedEvent(PATIENT, expired, "old", "h3", NOW.minus(Duration.ofDays(400))),
                        new PersonalTokenIssuedEvent(PATIENT, revoked, "lost", "h4", NOW.minus(Duration.ofDays(3))),
                        new PersonalTokenRevokedEvent(PATIENT, revoked, NOW.minus(Duration.ofDays(2))))
                .when(new RevokeAllPersonalTokensCommand(PATIENT))
                .expectEvents(new PersonalTokenRevokedEvent(PATIENT, PHONE, NOW),
                        new PersonalTokenRevokedEvent(PATIENT, LAPTOP, NOW));
    }

    @Test
    void expired_tokens_do_not_count_towards_the_limit_of_active_ones() {
        List<Object> history = new ArrayList<>();
        history.add(registered());
        for (int i = 0; i < TokenRules.MAX_ACTIVE_TOKENS; i++) {
            history.add(new PersonalTokenIssuedEvent(PATIENT, UUID.randomUUID(), "t" + i, "h" + i,
                    NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1))));
        }
        fixture.given(history)
                .when(new IssuePersonalTokenCommand(PATIENT, PHONE, "one more", "h"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonalTokenIssuedEvent(PATIENT, PHONE, "one more", "h", NOW));
    }
}
