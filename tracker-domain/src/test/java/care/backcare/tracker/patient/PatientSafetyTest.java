package care.backcare.tracker.patient;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.HealthProfileUpdatedEvent;
import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.health.UpdateHealthProfileCommand;
import care.backcare.tracker.pain.LogPainCommand;
import care.backcare.tracker.pain.PainContent;
import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.pain.PainOutcome;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.pain.Urgency;
import care.backcare.tracker.pain.WithdrawPainEntryCommand;
import care.backcare.tracker.rest.CancelRestDayCommand;
import care.backcare.tracker.rest.RestDayCancelledEvent;
import care.backcare.tracker.rest.RestDayOutcome;
import care.backcare.tracker.rest.RestDayReason;
import care.backcare.tracker.rest.RestDayTakenEvent;
import care.backcare.tracker.rest.TakeRestDayCommand;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import care.backcare.tracker.session.Side;
import care.backcare.tracker.session.WithdrawSessionCommand;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.kernel.Recorded;
import care.backcare.tracker.kernel.UnknownEntryException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The clinical-safety rules of the patient aggregate (v1.1): triage with the health profile, rest days, withdrawal. */
class PatientSafetyTest {

    // 23:30 in Lisbon on 18 November, already 19 November in Tokyo
    private static final Instant NOW = Instant.parse("2026-11-18T23:30:00Z");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-000000000011");
    private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-000000000012");

    private AggregateTestFixture<Patient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PatientRegisteredEvent registered() {
        return new PatientRegisteredEvent(PATIENT, "bea", "Bea", LISBON, NOW.minus(Duration.ofDays(30)));
    }

    private static HealthProfileUpdatedEvent profile(RiskFactor... riskFactors) {
        return new HealthProfileUpdatedEvent(PATIENT, Set.of(riskFactors), NOW.minus(Duration.ofDays(1)));
    }

    private static PainContent pain(RedFlag... flags) {
        return new PainContent(NOW.minusSeconds(60), 6, Set.of(BodyRegion.LOWER_BACK), Set.of(flags), null);
    }

    private static PainLoggedEvent logged(PainContent content, Urgency urgency) {
        return new PainLoggedEvent(PATIENT, ENTRY, content.recordedAt(), LISBON, content.score(), content.regions(),
                content.redFlags(), urgency, content.notes());
    }

    private static SessionCompletedEvent session() {
        SessionContent content = new SessionContent(NOW.minusSeconds(3600), 10,
                List.of(new ExerciseEntry("cat-cow", 60, 1, Side.BOTH)), PainDuring.NONE, null);
        return new SessionCompletedEvent(PATIENT, SESSION, content.completedAt(), LISBON, 10, content.exercises(),
                content.painDuring(), content.notes());
    }

    // ---- triage, row by row, through the aggregate ----

    @ParameterizedTest(name = "{0} is answered at {1}")
    @CsvSource({
            "BLADDER_OR_BOWEL_CHANGE, EMERGENCY, URGENT",
            "SADDLE_NUMBNESS, EMERGENCY, URGENT",
            "PAIN_OR_NUMBNESS_IN_BOTH_LEGS, EMERGENCY, URGENT",
            "NEW_OR_WORSENING_LEG_WEAKNESS, EMERGENCY, URGENT",
            "LEG_WEAKNESS, SAME_DAY, URGENT",
            "FEVER, SAME_DAY, URGENT",
            "FEVER_OR_WEIGHT_LOSS, SAME_DAY, URGENT",
            "RECENT_FALL_OR_INJURY, SAME_DAY, URGENT",
            "PAIN_RADIATING_DOWN_LEG, SOON, SEE_A_PROFESSIONAL",
            "NUMBNESS_OR_TINGLING, SOON, SEE_A_PROFESSIONAL",
            "WORSE_AT_NIGHT, SOON, SEE_A_PROFESSIONAL",
            "CONSTANT_NIGHT_PAIN, SOON, SEE_A_PROFESSIONAL",
            "UNEXPLAINED_WEIGHT_LOSS, SOON, SEE_A_PROFESSIONAL"})
    void a_red_flag_is_answered_at_its_level_and_the_event_keeps_the_urgency_given(RedFlag flag, TriageLevel level,
                                                                                 Urgency urgency) {
        PainContent content = pain(flag);
        fixture.given(registered())
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayloadMatching(Matchers.<PainOutcome>predicate(outcome ->
                        outcome.isNew() && outcome.advice().level() == level && outcome.advice().urgency() == urgency))
                .expectEvents(logged(content, urgency));
    }

    @ParameterizedTest(name = "with {0}, {1} is answered at {2}")
    @CsvSource({
            "HISTORY_OF_CANCER, WORSE_AT_NIGHT, SAME_DAY",
            "HISTORY_OF_CANCER, CONSTANT_NIGHT_PAIN, SAME_DAY",
            "HISTORY_OF_CANCER, UNEXPLAINED_WEIGHT_LOSS, SAME_DAY",
            "IMMUNOSUPPRESSED, FEVER, EMERGENCY",
            "IMMUNOSUPPRESSED, FEVER_OR_WEIGHT_LOSS, EMERGENCY",
            "OSTEOPOROSIS_OR_LONG_TERM_STEROIDS, RECENT_FALL_OR_INJURY, EMERGENCY",
            "AGE_70_OR_OVER, RECENT_FALL_OR_INJURY, EMERGENCY"})
    void the_health_profile_escalates_a_red_flag(RiskFactor riskFactor, RedFlag flag, TriageLevel level) {
        PainContent content = pain(flag);
        fixture.given(registered(), profile(riskFactor))
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayloadMatching(Matchers.<PainOutcome>predicate(outcome ->
                        outcome.advice().level() == level && outcome.advice().urgency() == Urgency.URGENT))
                .expectEvents(logged(content, Urgency.URGENT));
    }

    @Test
    void a_profile_cleared_again_no_longer_escalates() {
        PainContent content = pain(RedFlag.CONSTANT_NIGHT_PAIN);
        fixture.given(registered(), profile(RiskFactor.HISTORY_OF_CANCER), profile())
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectResultMessagePayloadMatching(Matchers.<PainOutcome>predicate(outcome ->
                        outcome.advice().level() == TriageLevel.SOON));
    }

    // ---- health profile ----

    @Test
    void the_first_answer_is_recorded_even_when_no_risk_factor_applies() {
        fixture.given(registered())
                .when(new UpdateHealthProfileCommand(PATIENT, Set.of()))
                .expectResultMessagePayload(new HealthProfile(Set.of(), NOW))
                .expectEvents(new HealthProfileUpdatedEvent(PATIENT, Set.of(), NOW));
    }

    @Test
    void the_same_risk_factors_again_record_nothing() {
        fixture.given(registered(), profile(RiskFactor.AGE_70_OR_OVER, RiskFactor.IMMUNOSUPPRESSED))
                .when(new UpdateHealthProfileCommand(PATIENT, Set.of(RiskFactor.IMMUNOSUPPRESSED, RiskFactor.AGE_70_OR_OVER)))
                .expectResultMessagePayload(new HealthProfile(Set.of(RiskFactor.AGE_70_OR_OVER, RiskFactor.IMMUNOSUPPRESSED),
                        NOW.minus(Duration.ofDays(1))))
                .expectNoEvents();
    }

    @Test
    void a_changed_profile_is_recorded_whole() {
        fixture.given(registered(), profile(RiskFactor.AGE_70_OR_OVER))
                .when(new UpdateHealthProfileCommand(PATIENT, Set.of(RiskFactor.HISTORY_OF_CANCER)))
                .expectEvents(new HealthProfileUpdatedEvent(PATIENT, Set.of(RiskFactor.HISTORY_OF_CANCER), NOW));
    }

    // ---- rest days ----

    @Test
    void a_rest_day_is_recorded_on_the_patients_calendar() {
        fixture.given(registered())
                .when(new TakeRestDayCommand(PATIENT, TODAY, RestDayReason.FLARE_UP, "back flared"))
                .expectResultMessagePayload(new RestDayOutcome(Recorded.NEW))
                .expectEvents(new RestDayTakenEvent(PATIENT, TODAY, RestDayReason.FLARE_UP, "back flared", NOW));
    }

    @Test
    void an_identical_rest_day_again_records_nothing_and_other_content_is_a_conflict() {
        fixture.given(registered(), new RestDayTakenEvent(PATIENT, TODAY, RestDayReason.ILLNESS, null, NOW))
                .when(new TakeRestDayCommand(PATIENT, TODAY, RestDayReason.ILLNESS, " "))
                .expectResultMessagePayload(new RestDayOutcome(Recorded.ALREADY_RECORDED))
                .expectNoEvents();
        fixture.given(registered(), new RestDayTakenEvent(PATIENT, TODAY, RestDayReason.ILLNESS, null, NOW))
                .when(new TakeRestDayCommand(PATIENT, TODAY, RestDayReason.FLARE_UP, null))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void tomorrow_in_the_patients_zone_is_too_early_for_a_rest_day() {
        // already the 19th in UTC+9, but the patient lives in Lisbon
        fixture.given(registered())
                .when(new TakeRestDayCommand(PATIENT, TODAY.plusDays(1), RestDayReason.OTHER, null))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void a_rest_day_can_be_backfilled_365_days_but_not_one_more() {
        fixture.given(registered())
                .when(new TakeRestDayCommand(PATIENT, TODAY.minusDays(365), RestDayReason.ADVISED, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(registered())
                .when(new TakeRestDayCommand(PATIENT, TODAY.minusDays(366), RestDayReason.ADVISED, null))
                .expectException(InvalidValueException.class)
                .expectExceptionMessage("must not be more than 365 days in the past")
                .expectNoEvents();
    }

    @Test
    void a_cancelled_rest_day_is_recorded_and_the_date_can_take_another() {
        fixture.given(registered(), new RestDayTakenEvent(PATIENT, TODAY, RestDayReason.ILLNESS, null, NOW))
                .when(new CancelRestDayCommand(PATIENT, TODAY))
                .expectEvents(new RestDayCancelledEvent(PATIENT, TODAY, NOW));
        fixture.given(registered(), new RestDayTakenEvent(PATIENT, TODAY, RestDayReason.ILLNESS, null, NOW),
                        new RestDayCancelledEvent(PATIENT, TODAY, NOW))
                .when(new TakeRestDayCommand(PATIENT, TODAY, RestDayReason.FLARE_UP, null))
                .expectEvents(new RestDayTakenEvent(PATIENT, TODAY, RestDayReason.FLARE_UP, null, NOW));
    }

    @Test
    void cancelling_a_date_without_a_rest_day_records_nothing() {
        fixture.given(registered())
                .when(new CancelRestDayCommand(PATIENT, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- withdrawal ----

    @Test
    void a_withdrawn_session_is_recorded_once_and_a_repeat_changes_nothing() {
        fixture.given(registered(), session())
                .when(new WithdrawSessionCommand(PATIENT, SESSION))
                .expectEvents(new SessionWithdrawnEvent(PATIENT, SESSION, NOW));
        fixture.given(registered(), session(), new SessionWithdrawnEvent(PATIENT, SESSION, NOW))
                .when(new WithdrawSessionCommand(PATIENT, SESSION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void withdrawing_an_unknown_entry_is_refused() {
        fixture.given(registered())
                .when(new WithdrawSessionCommand(PATIENT, SESSION))
                .expectException(UnknownEntryException.class);
        fixture.given(registered())
                .when(new WithdrawPainEntryCommand(PATIENT, ENTRY))
                .expectException(UnknownEntryException.class);
    }

    @Test
    void a_withdrawn_sessions_id_cannot_be_used_again_even_for_the_same_content() {
        SessionCompletedEvent session = session();
        fixture.given(registered(), session, new SessionWithdrawnEvent(PATIENT, SESSION, NOW))
                .when(new CompleteSessionCommand(PATIENT, SESSION, session.content()))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_pain_entry_is_recorded_and_its_id_cannot_be_used_again() {
        PainContent content = pain(RedFlag.SADDLE_NUMBNESS);
        fixture.given(registered(), logged(content, Urgency.URGENT))
                .when(new WithdrawPainEntryCommand(PATIENT, ENTRY))
                .expectEvents(new PainEntryWithdrawnEvent(PATIENT, ENTRY, NOW));
        fixture.given(registered(), logged(content, Urgency.URGENT), new PainEntryWithdrawnEvent(PATIENT, ENTRY, NOW))
                .when(new LogPainCommand(PATIENT, ENTRY, content))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
        fixture.given(registered(), logged(content, Urgency.URGENT), new PainEntryWithdrawnEvent(PATIENT, ENTRY, NOW))
                .when(new WithdrawPainEntryCommand(PATIENT, ENTRY))
                .expectNoEvents();
    }
}
