package care.backcare.tracker.clinician;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.Recorded;
import care.backcare.tracker.patient.Patient;
import care.backcare.tracker.routine.PlanRoutineCommand;
import care.backcare.tracker.routine.RoutinePlan;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The clinician's invites, and the patient's side of consent: connection, acknowledgement, messages, prescriptions. */
class ClinicianTest {

    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");
    private static final UUID CLINICIAN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID INVITE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID MESSAGE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private static AggregateTestFixture<Clinician> clinicianFixture() {
        AggregateTestFixture<Clinician> fixture = new AggregateTestFixture<>(Clinician.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    private static AggregateTestFixture<Patient> patientFixture() {
        AggregateTestFixture<Patient> fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    private static ClinicianRegisteredEvent registered() {
        return new ClinicianRegisteredEvent(CLINICIAN, "silva", "Dr. Silva", LISBON, "Physiotherapist",
                NOW.minus(Duration.ofDays(10)));
    }

    private static InviteCreatedEvent invited(Instant createdAt, int days) {
        return new InviteCreatedEvent(CLINICIAN, INVITE, "Ana", "hash", createdAt, createdAt.plus(Duration.ofDays(days)));
    }

    private static PatientRegisteredEvent patient() {
        return new PatientRegisteredEvent(PATIENT, "ana", "Ana", LISBON, NOW.minus(Duration.ofDays(30)));
    }

    private static ClinicianConnectedEvent connected() {
        return new ClinicianConnectedEvent(PATIENT, CLINICIAN, INVITE, NOW.minus(Duration.ofDays(1)));
    }

    @Test
    void an_invite_is_created_once_and_expires_after_its_days() {
        clinicianFixture().given(registered())
                .when(new CreateInviteCommand(CLINICIAN, INVITE, "Ana", "hash", 7))
                .expectEvents(invited(NOW, 7));
        clinicianFixture().given(registered(), invited(NOW, 7))
                .when(new CreateInviteCommand(CLINICIAN, INVITE, "Ana", "hash", 7))
                .expectNoEvents();
    }

    @Test
    void an_open_invite_is_redeemed_by_the_first_patient_only() {
        clinicianFixture().given(registered(), invited(NOW.minusSeconds(60), 7))
                .when(new RedeemInviteCommand(CLINICIAN, INVITE, PATIENT))
                .expectEvents(new InviteRedeemedEvent(CLINICIAN, INVITE, PATIENT, NOW));
        clinicianFixture().given(registered(), invited(NOW.minusSeconds(60), 7),
                        new InviteRedeemedEvent(CLINICIAN, INVITE, PATIENT, NOW.minusSeconds(30)))
                .when(new RedeemInviteCommand(CLINICIAN, INVITE, UUID.randomUUID()))
                .expectException(UnknownInviteException.class);
    }

    @Test
    void an_expired_deleted_or_unknown_invite_redeems_nothing() {
        clinicianFixture().given(registered(), invited(NOW.minus(Duration.ofDays(2)), 1))
                .when(new RedeemInviteCommand(CLINICIAN, INVITE, PATIENT))
                .expectException(UnknownInviteException.class);
        clinicianFixture().given(registered(), invited(NOW.minusSeconds(60), 7),
                        new InviteDeletedEvent(CLINICIAN, INVITE, NOW.minusSeconds(10)))
                .when(new RedeemInviteCommand(CLINICIAN, INVITE, PATIENT))
                .expectException(UnknownInviteException.class);
        clinicianFixture().given(registered())
                .when(new RedeemInviteCommand(CLINICIAN, UUID.randomUUID(), PATIENT))
                .expectException(UnknownInviteException.class);
        clinicianFixture().given(registered(), invited(NOW.minusSeconds(60), 7),
                        new InviteDeletedEvent(CLINICIAN, INVITE, NOW.minusSeconds(10)))
                .when(new DeleteInviteCommand(CLINICIAN, INVITE))
                .expectNoEvents();
    }

    @Test
    void a_connection_is_the_patients_event_and_connecting_again_changes_nothing() {
        patientFixture().given(patient())
                .when(new ConnectClinicianCommand(PATIENT, CLINICIAN, INVITE))
                .expectEvents(new ClinicianConnectedEvent(PATIENT, CLINICIAN, INVITE, NOW));
        patientFixture().given(patient(), connected())
                .when(new ConnectClinicianCommand(PATIENT, CLINICIAN, INVITE))
                .expectNoEvents();
    }

    @Test
    void a_disconnected_or_never_connected_clinician_can_do_nothing_for_the_patient() {
        ClinicianDisconnectedEvent disconnected = new ClinicianDisconnectedEvent(PATIENT, CLINICIAN, NOW.minusSeconds(5));
        patientFixture().given(patient(), connected())
                .when(new DisconnectClinicianCommand(PATIENT, CLINICIAN))
                .expectEvents(new ClinicianDisconnectedEvent(PATIENT, CLINICIAN, NOW));
        for (Object command : List.of(
                new DisconnectClinicianCommand(PATIENT, CLINICIAN),
                new AcknowledgeAlertsCommand(PATIENT, CLINICIAN, "Dr. Silva", NOW, null),
                new SendMessageCommand(PATIENT, MESSAGE, CLINICIAN, "Dr. Silva", "hello"),
                new PlanRoutineCommand(PATIENT, RoutinePlan.DEFAULT, CLINICIAN, "Dr. Silva"))) {
            patientFixture().given(patient(), connected(), disconnected).when(command)
                    .expectException(NotConnectedException.class).expectNoEvents();
            patientFixture().given(patient()).when(command)
                    .expectException(NotConnectedException.class).expectNoEvents();
        }
    }

    @Test
    void an_acknowledgement_in_the_future_is_taken_as_now() {
        patientFixture().given(patient(), connected())
                .when(new AcknowledgeAlertsCommand(PATIENT, CLINICIAN, "Dr. Silva", NOW.plusSeconds(3600), "seen"))
                .expectResultMessagePayload(NOW)
                .expectEvents(new AlertsAcknowledgedEvent(PATIENT, CLINICIAN, "Dr. Silva", NOW, "seen", NOW));
    }

    @Test
    void a_message_is_recorded_once_and_its_id_cannot_carry_another_text() {
        MessageSentEvent sent = new MessageSentEvent(PATIENT, MESSAGE, CLINICIAN, "Dr. Silva", "hello", NOW.minusSeconds(9));
        patientFixture().given(patient(), connected())
                .when(new SendMessageCommand(PATIENT, MESSAGE, CLINICIAN, "Dr. Silva", "hello"))
                .expectResultMessagePayload(Recorded.NEW)
                .expectEvents(new MessageSentEvent(PATIENT, MESSAGE, CLINICIAN, "Dr. Silva", "hello", NOW));
        patientFixture().given(patient(), connected(), sent)
                .when(new SendMessageCommand(PATIENT, MESSAGE, CLINICIAN, "Dr. Silva", "hello"))
                .expectResultMessagePayload(Recorded.ALREADY_RECORDED).expectNoEvents();
        patientFixture().given(patient(), connected(), sent)
                .when(new SendMessageCommand(PATIENT, MESSAGE, CLINICIAN, "Dr. Silva", "other"))
                .expectException(EntryConflictException.class);
    }

    @Test
    void a_prescribed_routine_is_recorded_as_set_by_the_clinician_and_the_patient_can_take_it_back() {
        RoutinePlan plan = new RoutinePlan(List.of("cat-cow"), 12, 5);
        RoutinePlannedEvent prescribed = new RoutinePlannedEvent(PATIENT, plan.stretches(), 12, 5, NOW, CLINICIAN,
                "Dr. Silva");
        patientFixture().given(patient(), connected())
                .when(new PlanRoutineCommand(PATIENT, plan, CLINICIAN, "Dr. Silva"))
                .expectEvents(prescribed);
        // the same plan set again by the patient becomes theirs
        patientFixture().given(patient(), connected(), prescribed)
                .when(new PlanRoutineCommand(PATIENT, plan))
                .expectEvents(new RoutinePlannedEvent(PATIENT, plan.stretches(), 12, 5, NOW));
    }

    @Test
    void a_clinicians_token_is_issued_once_revoked_once_and_all_revoked_when_signing_out_everywhere() {
        UUID token = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
        ClinicianTokenIssuedEvent issued = new ClinicianTokenIssuedEvent(CLINICIAN, token, "script", "hash",
                NOW.minusSeconds(60), NOW.minusSeconds(60).plus(Duration.ofDays(365)));
        clinicianFixture().given(registered())
                .when(new IssueClinicianTokenCommand(CLINICIAN, token, "script", "hash", null))
                .expectEvents(new ClinicianTokenIssuedEvent(CLINICIAN, token, "script", "hash", NOW,
                        NOW.plus(Duration.ofDays(365))));
        clinicianFixture().given(registered(), issued)
                .when(new IssueClinicianTokenCommand(CLINICIAN, token, "script", "hash", null))
                .expectException(EntryConflictException.class);
        clinicianFixture().given(registered(), issued)
                .when(RevokeClinicianTokenCommand.all(CLINICIAN))
                .expectEvents(new ClinicianTokenRevokedEvent(CLINICIAN, token, NOW));
        clinicianFixture().given(registered(), issued, new ClinicianTokenRevokedEvent(CLINICIAN, token, NOW))
                .when(new RevokeClinicianTokenCommand(CLINICIAN, token))
                .expectNoEvents();
        clinicianFixture().given(registered())
                .when(new RevokeClinicianTokenCommand(CLINICIAN, token))
                .expectException(care.backcare.tracker.token.UnknownTokenException.class);
    }

    @Test
    void an_invite_code_is_typed_forgivingly_and_nothing_else_is_one() {
        assertCanonical(" abcde-fghjk ", "ABCDEFGHJK");
        org.assertj.core.api.Assertions.assertThat(ClinicianRules.canonicalCode("ABCDEFGHJ0")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(ClinicianRules.canonicalCode("ABCDEFGHJ")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(ClinicianRules.canonicalCode(null)).isEmpty();
    }

    private static void assertCanonical(String typed, String canonical) {
        org.assertj.core.api.Assertions.assertThat(ClinicianRules.canonicalCode(typed)).contains(canonical);
    }
}
