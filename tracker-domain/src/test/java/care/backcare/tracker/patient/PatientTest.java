package care.backcare.tracker.patient;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.account.RegisterPatientCommand;
import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.LogPainCommand;
import care.backcare.tracker.pain.PainContent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.pain.PainOutcome;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagAdvice;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.pain.Urgency;
import care.backcare.tracker.routine.PlanRoutineCommand;
import care.backcare.tracker.routine.RoutinePlan;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.routine.RoutineView;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.SessionOutcome;
import care.backcare.tracker.session.SessionSafety;
import care.backcare.tracker.session.Side;
import care.backcare.tracker.share.ExpireShareCommand;
import care.backcare.tracker.share.GrantShareCommand;
import care.backcare.tracker.share.RevokeShareCommand;
import care.backcare.tracker.share.ShareExpiredEvent;
import care.backcare.tracker.share.ShareGrantedEvent;
import care.backcare.tracker.share.ShareRevokedEvent;
import care.backcare.tracker.share.ShareRules;
import care.backcare.tracker.share.TooManySharesException;
import care.backcare.tracker.share.UnknownShareException;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.kernel.Recorded;
import care.backcare.tracker.token.IssuePersonalTokenCommand;
import care.backcare.tracker.token.PersonalTokenIssuedEvent;
import care.backcare.tracker.token.PersonalTokenRevokedEvent;
import care.backcare.tracker.token.RevokePersonalTokenCommand;
import care.backcare.tracker.token.TokenRules;
import care.backcare.tracker.token.TooManyTokensException;
import care.backcare.tracker.token.UnknownTokenException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientTest {

    private static final Instant NOW = Instant.parse("2026-11-18T08:00:00Z");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private AggregateTestFixture<Patient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PatientRegisteredEvent registered() {
        return new PatientRegisteredEvent(PATIENT, "ana", "Ana", LISBON, NOW.minus(Duration.ofDays(30)));
    }

    private static SessionContent session(Instant completedAt, PainDuring painDuring, String notes) {
        return new SessionContent(completedAt, 12,
                List.of(new ExerciseEntry("childs-pose", 30, 2, Side.BOTH),
                        new ExerciseEntry("knee-to-chest", 20, 1, Side.LEFT)),
                painDuring, notes);
    }

    private static SessionCompletedEvent completed(UUID id, SessionContent content) {
        return new SessionCompletedEvent(PATIENT, id, content.completedAt(), LISBON, content.durationMinutes(),
                content.exercises(), content.painDuring(), content.notes());
    }

    private static PainContent pain(int score, Set<RedFlag> redFlags) {
        return new PainContent(NOW.minusSeconds(600), score, Set.of(BodyRegion.LOWER_BACK, BodyRegion.HIPS),
                redFlags, "stiff after sitting");
    }

    @Test
    void registering_records_the_patient_with_their_time_zone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPatientCommand(PATIENT, "ana", "Ana", LISBON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PatientRegisteredEvent(PATIENT, "ana", "Ana", LISBON, NOW));
    }

    @Test
    void a_completed_session_is_recorded_on_the_patients_calendar() {
        SessionContent content = session(NOW.minusSeconds(3600), PainDuring.NONE, null);
        fixture.given(registered())
                .when(new CompleteSessionCommand(PATIENT, SESSION, content))
                .expectResultMessagePayload(new SessionOutcome(Recorded.NEW, null))
                .expectEvents(completed(SESSION, content));
    }

    @Test
    void an_identical_repeat_of_a_session_records_nothing_new() {
        SessionContent content = session(NOW.minusSeconds(3600), PainDuring.MILD, "felt good");
        fixture.given(registered(), completed(SESSION, content))
                .when(new CompleteSessionCommand(PATIENT, SESSION, session(NOW.minusSeconds(3600), PainDuring.MILD, "felt good")))
                .expectResultMessagePayload(new SessionOutcome(Recorded.ALREADY_RECORDED, null))
                .expectNoEvents();
    }

    @Test
    void a_session_id_reused_for_different_content_is_rejected() {
        fixture.given(registered(), completed(SESSION, session(NOW.minusSeconds(3600), PainDuring.NONE, null)))
                .when(new CompleteSessionCommand(PATIENT, SESSION, session(NOW.minusSeconds(3600), PainDuring.NONE, "edited")))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void blank_notes_are_the_same_content_as_no_notes() {
        fixture.given(registered(), completed(SESSION, session(NOW.minusSeconds(3600), PainDuring.NONE, null)))
                .when(new CompleteSessionCommand(PATIENT, SESSION, session(NOW.minusSeconds(3600), PainDuring.NONE, "  ")))
                .expectResultMessagePayload(new SessionOutcome(Recorded.ALREADY_RECORDED, null))
                .expectNoEvents();
    }

    @Test
    void a_phone_clock_up_to_five_minutes_ahead_is_accepted() {
        SessionContent content = session(NOW.plus(Duration.ofMinutes(5)), PainDuring.NONE, null);
        fixture.given(registered())
                .when(new CompleteSessionCommand(PATIENT, SESSION, content))
                .expectEvents(completed(SESSION, content));
    }

    @Test
    void a_session_more_than_five_minutes_in_the_future_is_rejected() {
        fixture.given(registered())
                .when(new CompleteSessionCommand(PATIENT, SESSION,
                        session(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), PainDuring.NONE, null)))
                .expectException(InvalidValueException.class)
                .expectExceptionMessage("must not be more than 5 minutes in the future")
                .expectNoEvents();
    }

    @Test
    void a_session_can_be_backfilled_up_to_365_days() {
        SessionContent content = session(NOW.minus(Duration.ofDays(365)), PainDuring.NONE, null);
        fixture.given(registered())
                .when(new CompleteSessionCommand(PATIENT, SESSION, content))
                .expectEvents(completed(SESSION, content));
    }

    @Test
    void a_session_older_than_365_days_is_rejected() {
        fixture.given(registered())
                .when(new CompleteSessionCommand(PATIENT, SESSION,
                        session(NOW.minus(Duration.ofDays(365)).minusSeconds(1), PainDuring.NONE, null)))
                .expectException(InvalidValueException.class)
                .expectExceptionMessage("must not be more than 365 days in the past")
                .expectNoEvents();
    }

    @Test
    void a_retry_is_acknowledged_even_after_its_entry_left_the_backfill_window() {
        SessionContent content = session(NOW.minus(Duration.ofDays(400)), PainDuring.NONE, null);
        fixture.given(registered(), completed(SESSION, content))
                .when(new CompleteSessionCommand(PATIENT, SESSION, content))
                .expectResultMessagePayload(new SessionOutcome(Recorded.ALREADY_RECORDED, null))
                .expectNoEvents();
    }

    @Test
    void sharp_pain_during_a_session_is_recorded_with_advice() {
        SessionContent content = session(NOW.minusSeconds(60), PainDuring.SHARP, "pinch in lower back");
        fixture.given(registered())
                .when(new CompleteSessionCommand(PATIENT, SESSION, content))
                .expectResultMessagePayload(new SessionOutcome(Recorded.NEW, SessionSafety.SHARP_PAIN_ADVICE))
                .expectEvents(completed(SESSION, content));
        assertThat(SessionSafety.SHARP_PAIN_ADVICE).contains("Stop if it hurts").contains("sharp pain is a no-go");
    }

    @Test
    void a_retried_session_with_sharp_pain_is_answered_with_the_advice_again() {
        SessionContent content = session(NOW.minusSeconds(60), PainDuring.SHARP, "pinch in lower back");
        fixture.given(registered(), completed(SESSION, content))
                .when(new CompleteSessionCommand(PATIENT, SESSION, content))
                .expectResultMessagePayloadMatching(Matchers.<SessionOutcome>predicate(outcome ->
                        outcome.recorded() == Recorded.ALREADY_RECORDED
                                && SessionSafety.SHARP_PAIN_ADVICE.equals(outcome.advice())))
                .expectNoEvents();
    }

    @Test
    void mild_pain_during_a_session_needs_no_advice() {
        SessionContent content = session(NOW.minusSeconds(60), PainDuring.MILD, null);
        fixture.given(registered())
                .when(new CompleteSessionCommand(PATIENT, SESSION, content))
                .expectResultMessagePayloadMatching(Matchers.<SessionOutcome>predicate(outcome ->
                        outcome.isNew() && outcome.advice() == null))
                .expectEvents(completed(SESSION, content));
    }

    @Test
    void pain_without_red_flags_is_logged_without_triage() {
        PainContent content = pain(4, Set.of());
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayload(new PainOutcome(Recorded.NEW, null))
                .expectEvents(new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, 4,
                        content.regions(), Set.of(), null, "stiff after sitting"));
    }

    @Test
    void pain_down_the_leg_is_triaged_to_see_a_professional() {
        PainContent content = pain(6, Set.of(RedFlag.PAIN_RADIATING_DOWN_LEG, RedFlag.WORSE_AT_NIGHT));
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayload(new PainOutcome(Recorded.NEW,
                        new RedFlagAdvice(Urgency.SEE_A_PROFESSIONAL, TriageLevel.SOON, RedFlagTriage.SOON_ADVICE,
                                RedFlagTriage.SAFETY_NET)))
                .expectEvents(new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, 6,
                        content.regions(), content.redFlags(), Urgency.SEE_A_PROFESSIONAL, "stiff after sitting"));
    }

    @Test
    void saddle_numbness_is_triaged_as_urgent_whatever_else_is_reported() {
        PainContent content = pain(8, Set.of(RedFlag.NUMBNESS_OR_TINGLING, RedFlag.SADDLE_NUMBNESS));
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayload(new PainOutcome(Recorded.NEW,
                        new RedFlagAdvice(Urgency.URGENT, TriageLevel.EMERGENCY, RedFlagTriage.EMERGENCY_ADVICE,
                                RedFlagTriage.SAFETY_NET)))
                .expectEvents(new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, 8,
                        content.regions(), content.redFlags(), Urgency.URGENT, "stiff after sitting"));
    }

    @Test
    void a_retried_pain_entry_with_an_urgent_flag_is_answered_with_the_urgent_advice_again() {
        PainContent content = pain(8, Set.of(RedFlag.LEG_WEAKNESS));
        fixture.given(registered(), new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, 8,
                        content.regions(), content.redFlags(), Urgency.URGENT, content.notes()))
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayloadMatching(Matchers.<PainOutcome>predicate(outcome ->
                        !outcome.isNew() && outcome.advice().urgency() == Urgency.URGENT
                                && outcome.advice().message().equals(RedFlagTriage.SAME_DAY_ADVICE)))
                .expectNoEvents();
    }

    @Test
    void the_order_regions_are_listed_in_does_not_make_a_pain_entry_different() {
        PainContent first = new PainContent(NOW, 3, Set.of(BodyRegion.NECK, BodyRegion.HIPS), Set.of(), null);
        PainContent reordered = new PainContent(NOW, 3, new java.util.LinkedHashSet<>(
                List.of(BodyRegion.HIPS, BodyRegion.NECK)), null, "");
        fixture.given(registered(), new PainLoggedEvent(PATIENT, ENTRY, NOW, LISBON, 3, first.regions(),
                        first.redFlags(), null, null))
                .when(new LogPainCommand(PATIENT, ENTRY, reordered))
                .expectResultMessagePayload(new PainOutcome(Recorded.ALREADY_RECORDED, null))
                .expectNoEvents();
    }

    @Test
    void a_pain_entry_id_reused_with_another_score_is_rejected() {
        PainContent content = pain(4, Set.of());
        fixture.given(registered(), new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, 4,
                        content.regions(), Set.of(), null, content.notes()))
                .when(new LogPainCommand(PATIENT, ENTRY, pain(5, Set.of())))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void pain_logged_in_the_future_is_rejected() {
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, new PainContent(NOW.plus(Duration.ofMinutes(6)), 4,
                        Set.of(), Set.of(), null)))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void pain_can_be_backfilled_up_to_365_days_but_not_a_second_more() {
        PainContent oldest = new PainContent(NOW.minus(Duration.ofDays(365)), 4, Set.of(), Set.of(), null);
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, oldest))
                .expectEvents(new PainLoggedEvent(PATIENT, ENTRY, oldest.recordedAt(), LISBON, 4, Set.of(), Set.of(),
                        null, null));
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, new PainContent(NOW.minus(Duration.ofDays(365)).minusSeconds(1),
                        4, Set.of(), Set.of(), null)))
                .expectException(InvalidValueException.class)
                .expectExceptionMessage("must not be more than 365 days in the past")
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = RedFlag.class, names = {"LEG_WEAKNESS", "BLADDER_OR_BOWEL_CHANGE", "SADDLE_NUMBNESS"})
    void a_sign_of_nerve_compression_is_triaged_as_urgent(RedFlag flag) {
        PainContent content = pain(7, Set.of(flag));
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayloadMatching(Matchers.<PainOutcome>predicate(outcome ->
                        outcome.isNew() && outcome.advice().urgency() == Urgency.URGENT))
                .expectEvents(new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, 7,
                        content.regions(), Set.of(flag), Urgency.URGENT, "stiff after sitting"));
    }

    @Test
    void an_urgent_flag_outranks_flags_that_only_need_a_professional() {
        PainContent content = pain(5, Set.of(RedFlag.WORSE_AT_NIGHT, RedFlag.FEVER_OR_WEIGHT_LOSS,
                RedFlag.BLADDER_OR_BOWEL_CHANGE));
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectEvents(new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, 5,
                        content.regions(), content.redFlags(), Urgency.URGENT, "stiff after sitting"));
    }

    @Test
    void a_new_plan_is_recorded_and_returned() {
        RoutinePlan plan = new RoutinePlan(List.of("cat-cow", "dead-bug"), 15, 5);
        fixture.given(registered())
                .when(new PlanRoutineCommand(PATIENT, plan))
                .expectResultMessagePayload(new RoutineView(plan, NOW))
                .expectEvents(new RoutinePlannedEvent(PATIENT, List.of("cat-cow", "dead-bug"), 15, 5, NOW));
    }

    @Test
    void planning_the_same_routine_again_records_nothing() {
        RoutinePlan plan = new RoutinePlan(List.of("cat-cow", "dead-bug"), 15, 5);
        fixture.given(registered(), new RoutinePlannedEvent(PATIENT, plan.stretches(), 15, 5, NOW.minusSeconds(99)))
                .when(new PlanRoutineCommand(PATIENT, plan))
                .expectResultMessagePayload(new RoutineView(plan, NOW.minusSeconds(99)))
                .expectNoEvents();
    }

    @Test
    void a_personal_token_is_issued_with_its_hash_only() {
        UUID tokenId = UUID.randomUUID();
        fixture.given(registered())
                .when(new IssuePersonalTokenCommand(PATIENT, tokenId, "phone", "hash"))
                .expectEvents(new PersonalTokenIssuedEvent(PATIENT, tokenId, "phone", "hash", NOW));
    }

    @Test
    void a_revoked_token_is_recorded_once() {
        UUID tokenId = UUID.randomUUID();
        fixture.given(registered(), new PersonalTokenIssuedEvent(PATIENT, tokenId, "phone", "hash", NOW))
                .when(new RevokePersonalTokenCommand(PATIENT, tokenId))
                .expectEvents(new PersonalTokenRevokedEvent(PATIENT, tokenId, NOW));
        fixture.given(registered(), new PersonalTokenIssuedEvent(PATIENT, tokenId, "phone", "hash", NOW),
                        new PersonalTokenRevokedEvent(PATIENT, tokenId, NOW))
                .when(new RevokePersonalTokenCommand(PATIENT, tokenId))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_personal_token_id_cannot_be_issued_twice() {
        UUID tokenId = UUID.randomUUID();
        fixture.given(registered(), new PersonalTokenIssuedEvent(PATIENT, tokenId, "phone", "hash", NOW))
                .when(new IssuePersonalTokenCommand(PATIENT, tokenId, "phone", "hash"))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void a_revoked_token_id_cannot_be_issued_again() {
        UUID tokenId = UUID.randomUUID();
        fixture.given(registered(), new PersonalTokenIssuedEvent(PATIENT, tokenId, "phone", "hash", NOW),
                        new PersonalTokenRevokedEvent(PATIENT, tokenId, NOW))
                .when(new IssuePersonalTokenCommand(PATIENT, tokenId, "laptop", "other hash"))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void revoking_a_token_the_patient_never_had_is_rejected() {
        fixture.given(registered())
                .when(new RevokePersonalTokenCommand(PATIENT, UUID.randomUUID()))
                .expectException(UnknownTokenException.class);
    }

    @Test
    void a_patient_cannot_hold_more_than_the_maximum_of_active_tokens() {
        List<Object> history = new ArrayList<>();
        history.add(registered());
        for (int i = 0; i < TokenRules.MAX_ACTIVE_TOKENS; i++) {
            history.add(new PersonalTokenIssuedEvent(PATIENT, UUID.randomUUID(), "t" + i, "h" + i, NOW));
        }
        fixture.given(history)
                .when(new IssuePersonalTokenCommand(PATIENT, UUID.randomUUID(), "one more", "h"))
                .expectException(TooManyTokensException.class)
                .expectNoEvents();
    }

    private static final UUID SHARE = UUID.fromString("00000000-0000-0000-0000-0000000000cc");

    private static ShareGrantedEvent granted(Instant at, int days) {
        return new ShareGrantedEvent(PATIENT, SHARE, "Dr. Silva (physio)", "hash", at, at.plus(Duration.ofDays(days)));
    }

    @Test
    void a_share_is_granted_for_a_number_of_days() {
        fixture.given(registered())
                .when(new GrantShareCommand(PATIENT, SHARE, "Dr. Silva (physio)", "hash", 30))
                .expectEvents(granted(NOW, 30));
    }

    @Test
    void a_share_lasts_between_1_and_180_days() {
        assertThatThrownBy(() -> new GrantShareCommand(PATIENT, SHARE, "Dr. Silva", "hash", 181))
                .isInstanceOf(InvalidValueException.class).hasMessage("must be between 1 and 180");
        assertThatThrownBy(() -> new GrantShareCommand(PATIENT, SHARE, "Dr. Silva", "hash", 0))
                .isInstanceOf(InvalidValueException.class);
        fixture.given(registered())
                .when(new GrantShareCommand(PATIENT, SHARE, "Dr. Silva (physio)", "hash", 180))
                .expectEvents(granted(NOW, 180));
    }

    @Test
    void revoking_is_recorded_once_and_an_unknown_share_is_rejected() {
        fixture.given(registered(), granted(NOW.minusSeconds(60), 30))
                .when(new RevokeShareCommand(PATIENT, SHARE))
                .expectEvents(new ShareRevokedEvent(PATIENT, SHARE, NOW));
        fixture.given(registered(), granted(NOW.minusSeconds(60), 30), new ShareRevokedEvent(PATIENT, SHARE, NOW))
                .when(new RevokeShareCommand(PATIENT, SHARE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered())
                .when(new RevokeShareCommand(PATIENT, SHARE))
                .expectException(UnknownShareException.class);
    }

    @Test
    void expiry_is_recorded_at_the_expiry_moment_once_it_has_come() {
        Instant granted = NOW.minus(Duration.ofDays(2));
        fixture.given(registered(), granted(granted, 1))
                .when(new ExpireShareCommand(PATIENT, SHARE))
                .expectEvents(new ShareExpiredEvent(PATIENT, SHARE, granted.plus(Duration.ofDays(1))));
        fixture.given(registered(), granted(NOW.minusSeconds(60), 1))
                .when(new ExpireShareCommand(PATIENT, SHARE))
                .expectNoEvents();
        fixture.given(registered(), granted(granted, 1), new ShareRevokedEvent(PATIENT, SHARE, granted.plusSeconds(60)))
                .when(new ExpireShareCommand(PATIENT, SHARE))
                .expectNoEvents();
    }

    @Test
    void a_patient_cannot_hold_more_than_the_maximum_of_active_shares() {
        List<Object> history = new ArrayList<>();
        history.add(registered());
        for (int i = 0; i < ShareRules.MAX_ACTIVE_SHARES; i++) {
            history.add(new ShareGrantedEvent(PATIENT, UUID.randomUUID(), "r" + i, "h", NOW, NOW.plus(Duration.ofDays(5))));
        }
        fixture.given(history)
                .when(new GrantShareCommand(PATIENT, SHARE, "one more", "h", 30))
                .expectException(TooManySharesException.class);
    }
}
