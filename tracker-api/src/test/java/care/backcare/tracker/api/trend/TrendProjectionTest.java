package care.backcare.tracker.api.trend;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.routine.RoutineProjection;
import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.TestClockConfig;
import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.Urgency;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.Side;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekTrend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trend projection's handlers called directly, then queried, on the migrated schema. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:trends;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/h2"})
@Import({TrendProjection.class, TrendQueries.class, BatchedWrites.class, ReadModelReset.class, RoutineProjection.class, PatientZones.class, TestClockConfig.class})
class TrendProjectionTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final UUID patient = UUID.randomUUID();

    @Autowired
    TrendProjection projection;
    @Autowired
    RoutineProjection routines;
    @Autowired
    TrendQueries queries;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void registered() {
        PatientRegisteredEvent event = new PatientRegisteredEvent(patient, "nia", "Nia", NEW_YORK,
                Instant.parse("2026-10-01T00:00:00Z"));
        jdbc.sql("insert into patient_profile values (?, ?, ?, ?, ?)")
                .params(patient, event.username(), event.displayName(), NEW_YORK.getId(),
                        event.registeredAt().atOffset(java.time.ZoneOffset.UTC)).update();
    }

    private SessionCompletedEvent session(String completedAt, int minutes) {
        return new SessionCompletedEvent(patient, UUID.randomUUID(), Instant.parse(completedAt), NEW_YORK, minutes,
                List.of(new ExerciseEntry("cat-cow", 60, 1, Side.BOTH)), PainDuring.NONE, null);
    }

    private PainLoggedEvent pain(String recordedAt, int score, Set<RedFlag> flags) {
        return new PainLoggedEvent(patient, UUID.randomUUID(), Instant.parse(recordedAt), NEW_YORK, score,
                Set.of(BodyRegion.LOWER_BACK), flags, flags.isEmpty() ? null : Urgency.SEE_A_PROFESSIONAL, null);
    }

    private WeekTrend week(String isoWeek) {
        Trends trends = queries.handle(new FetchTrendsQuery(patient, IsoWeek.parse(isoWeek), 1));
        return trends.weeks().getFirst();
    }

    @Test
    void a_redelivered_event_is_counted_once() {
        SessionCompletedEvent session = session("2026-11-17T13:00:00Z", 12);
        PainLoggedEvent pain = pain("2026-11-17T14:00:00Z", 5, Set.of(RedFlag.WORSE_AT_NIGHT));
        projection.on(session);
        projection.on(pain);
        projection.on(session);
        projection.on(pain);

        WeekTrend week = week("2026-W47");
        assertThat(week.sessions()).isEqualTo(1);
        assertThat(week.minutes()).isEqualTo(12);
        assertThat(week.painEntries()).isEqualTo(1);
        assertThat(week.redFlags()).isEqualTo(1);
    }

    @Test
    void active_days_are_distinct_local_dates_of_the_patients_zone() {
        projection.on(session("2026-11-17T12:00:00Z", 10)); // Tuesday 07:00 in New York
        projection.on(session("2026-11-18T03:00:00Z", 10)); // still Tuesday, 22:00 in New York
        projection.on(session("2026-11-18T15:00:00Z", 10)); // Wednesday

        WeekTrend week = week("2026-W47");
        assertThat(week.sessions()).isEqualTo(3);
        assertThat(week.activeDays()).isEqualTo(2);
    }

    @Test
    void sunday_night_in_new_york_belongs_to_that_week_not_to_monday_in_utc() {
        projection.on(session("2026-11-16T04:40:00Z", 10)); // Sunday 15 November, 23:40 EST
        assertThat(week("2026-W46").sessions()).isEqualTo(1);
        assertThat(week("2026-W47").sessions()).isZero();
    }

    @Test
    void pain_figures_of_a_week_are_recomputed_from_its_entries() {
        projection.on(pain("2026-11-16T14:00:00Z", 6, Set.of()));
        projection.on(pain("2026-11-17T14:00:00Z", 3, Set.of()));
        projection.on(pain("2026-11-18T14:00:00Z", 4, Set.of(RedFlag.NUMBNESS_OR_TINGLING)));

        WeekTrend week = week("2026-W47");
        assertThat(week.painEntries()).isEqualTo(3);
        assertThat(week.painMean()).isEqualTo(4.3);
        assertThat(week.painMin()).isEqualTo(3);
        assertThat(week.painMax()).isEqualTo(6);
        assertThat(week.redFlags()).isEqualTo(1);
    }

    @Test
    void adherence_counts_against_the_plan_in_force_that_week() throws Exception {
        RoutinePlannedEvent plan = new RoutinePlannedEvent(patient, List.of("cat-cow"), 10, 4,
                Instant.parse("2026-11-10T12:00:00Z"));
        AnnotationEventHandlerAdapter routineHandlers = new AnnotationEventHandlerAdapter(routines);
        routineHandlers.handle(GenericEventMessage.asEventMessage(plan));
        routineHandlers.handle(GenericEventMessage.asEventMessage(plan));
        projection.on(session("2026-11-03T14:00:00Z", 10)); // W45: before any plan, 7 days
        projection.on(session("2026-11-11T14:00:00Z", 10)); // W46: 4 days planned
        projection.on(session("2026-11-12T14:00:00Z", 10));

        assertThat(week("2026-W45").adherence()).isEqualTo(0.143);
        assertThat(week("2026-W46").adherence()).isEqualTo(0.5);
        assertThat(jdbc.sql("select count(*) from routine_plan where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private void inOneBatch(List<Object> events, boolean failAtTheEnd) throws Exception {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        List<EventMessage<?>> messages = events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        new BatchingUnitOfWork<>(messages).executeWithResult(() -> {
            handlers.handle(CurrentUnitOfWorkMessage.get());
            if (failAtTheEnd && CurrentUnitOfWorkMessage.isLast(messages)) {
                throw new IllegalStateException("the batch fails");
            }
            return null;
        }).optionalExceptionResult().ifPresent(failure -> {
            throw new IllegalStateException(failure);
        });
    }

    @Test
    void a_batch_writes_its_entries_at_its_commit_and_each_touched_week_once() throws Exception {
        SessionCompletedEvent monday = session("2026-11-16T14:00:00Z", 10);
        PainLoggedEvent pain = pain("2026-11-17T14:00:00Z", 7, Set.of(RedFlag.WORSE_AT_NIGHT));
        SessionCompletedEvent lastWeek = session("2026-11-10T14:00:00Z", 15);
        inOneBatch(List.of(monday, pain, lastWeek, monday, session("2026-11-18T14:00:00Z", 20), pain), false);

        WeekTrend w47 = week("2026-W47");
        assertThat(w47.sessions()).isEqualTo(2);
        assertThat(w47.minutes()).isEqualTo(30);
        assertThat(w47.painEntries()).isEqualTo(1);
        assertThat(w47.painMax()).isEqualTo(7);
        assertThat(w47.redFlags()).isEqualTo(1);
        assertThat(week("2026-W46").sessions()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from trend_week where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(2);

        inOneBatch(List.of(monday, lastWeek), false); // the same events again, in a later batch
        assertThat(week("2026-W47").sessions()).isEqualTo(2);
        assertThat(week("2026-W46").minutes()).isEqualTo(15);
    }

    @Test
    void a_batch_that_fails_writes_nothing() {
        assertThatThrownBy(() -> inOneBatch(List.of(session("2026-11-16T14:00:00Z", 10),
                session("2026-11-17T14:00:00Z", 10)), true)).hasRootCauseMessage("the batch fails");

        assertThat(jdbc.sql("select count(*) from trend_entry where patient_id = ?").param(patient)
                .query(Integer.class).single()).isZero();
        assertThat(week("2026-W47").sessions()).isZero();
    }

    /** The message the batch is processing now. */
    private static final class CurrentUnitOfWorkMessage {

        static EventMessage<?> get() {
            return (EventMessage<?>) org.axonframework.messaging.unitofwork.CurrentUnitOfWork.get().getMessage();
        }

        static boolean isLast(List<EventMessage<?>> messages) {
            return get() == messages.getLast();
        }
    }
}
