package care.backcare.tracker.patient;

import care.backcare.tracker.account.ErasePatientCommand;
import care.backcare.tracker.account.PatientErasedEvent;
import care.backcare.tracker.account.PatientErasedException;
import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.history.ImportHistoryCommand;
import care.backcare.tracker.pain.LogPainCommand;
import care.backcare.tracker.pain.PainContent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.Side;
import care.backcare.tracker.kernel.EntryConflictException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

class PatientDataRightsTest {

    private static final Instant NOW = Instant.parse("2026-11-18T08:00:00Z");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private AggregateTestFixture<Patient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PatientRegisteredEvent registered() {
        return new PatientRegisteredEvent(PATIENT, "ana", "Ana", LISBON, NOW.minus(Duration.ofDays(30)));
    }

    private static SessionCompletedEvent session(Instant completedAt, String notes) {
        return new SessionCompletedEvent(PATIENT, SESSION, completedAt, LISBON, 12,
                List.of(new ExerciseEntry("childs-pose", 30, 2, Side.BOTH)), PainDuring.NONE, notes);
    }

    @Test
    void erasure_is_recorded_with_nothing_but_the_patient_id_and_the_time() {
        fixture.given(registered(), session(NOW.minusSeconds(3600), "a note"))
                .when(new ErasePatientCommand(PATIENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PatientErasedEvent(PATIENT, NOW));
    }

    @Test
    void an_erased_patient_refuses_every_further_command() {
        fixture.given(registered(), new PatientErasedEvent(PATIENT, NOW.minusSeconds(60)))
                .when(new LogPainCommand(PATIENT, UUID.randomUUID(),
                        new PainContent(NOW.minusSeconds(60), 3, Set.of(BodyRegion.LOWER_BACK), Set.of(), null)))
                .expectException(PatientErasedException.class)
                .expectNoEvents();
    }

    @Test
    void a_patient_whose_earlier_events_are_unreadable_is_rebuilt_from_the_erasure_alone_and_stays_closed() {
        fixture.given(new PatientErasedEvent(PATIENT, NOW.minusSeconds(60)))
                .when(new CompleteSessionCommand(PATIENT, SESSION, session(NOW.minusSeconds(60), null).content()))
                .expectException(PatientErasedException.class);
    }

    @Test
    void imported_facts_are_recorded_as_they_are_even_when_older_than_the_recording_window() {
        SessionCompletedEvent old = session(NOW.minus(Duration.ofDays(800)), "from my old phone");
        RoutinePlannedEvent plan = new RoutinePlannedEvent(PATIENT, List.of("cat-cow"), 15, 5,
                NOW.minus(Duration.ofDays(900)));
        fixture.given(registered())
                .when(new ImportHistoryCommand(PATIENT, null, List.of(plan, old)))
                .expectResultMessagePayload(2)
                .expectEvents(plan, old);
    }

    @Test
    void importing_a_session_already_recorded_records_nothing_new() {
        SessionCompletedEvent recorded = session(NOW.minusSeconds(3600), "same");
        fixture.given(registered(), recorded)
                .when(new ImportHistoryCommand(PATIENT, null, List.of(session(NOW.minusSeconds(3600), "same"))))
                .expectResultMessagePayload(0)
                .expectNoEvents();
    }

    @Test
    void importing_a_known_session_id_with_other_content_is_a_conflict_and_records_nothing() {
        PainLoggedEvent pain = new PainLoggedEvent(PATIENT, UUID.randomUUID(), NOW.minusSeconds(60), LISBON, 4,
                Set.of(BodyRegion.NECK), Set.of(), null, null);
        fixture.given(registered(), session(NOW.minusSeconds(3600), "first"))
                .when(new ImportHistoryCommand(PATIENT, null, List.of(pain, session(NOW.minusSeconds(3600), "edited"))))
                .expectException(EntryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void content_of_imported_sessions_is_checked_like_a_new_one() {
        SessionCompletedEvent invalid = new SessionCompletedEvent(PATIENT, SESSION, NOW.minusSeconds(60), LISBON, 0,
                List.of(new ExerciseEntry("childs-pose", 30, 2, Side.BOTH)), PainDuring.NONE, null);
        fixture.given(registered())
                .when(new ImportHistoryCommand(PATIENT, null, List.of(invalid)))
                .expectException(care.backcare.tracker.kernel.InvalidValueException.class)
                .expectNoEvents();
    }
}
