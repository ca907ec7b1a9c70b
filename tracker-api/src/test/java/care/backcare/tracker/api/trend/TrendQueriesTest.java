package care.backcare.tracker.api.trend;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.operations.ReadModelFreshness;
import care.backcare.tracker.api.pain.PainProjection;
import care.backcare.tracker.api.routine.RoutineProjection;
import care.backcare.tracker.api.session.SessionProjection;
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
import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.RecentFigures;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekTrend;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trend queries over the diary's read models (session, pain and rest-day logs), filled by their
 * projections' handlers called directly, on the migrated schema. Today is Wednesday of 2026-W47.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:trends;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.flyway.locations=classpath:db/migration/common", "spring.flyway.placeholders.binary_type=varbinary"})
@Import({SessionProjection.class, PainProjection.class, TrendQueries.class, BatchedWrites.class, ReadModelReset.class,
        RoutineProjection.class, PatientZones.class, TestClockConfig.class})
class TrendQueriesTest {

    /** No event store here (the projections are fed directly): nothing is ever fresh, so nothing is kept. */
    @MockitoBean
    private ReadModelFreshness freshness;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final UUID patient = UUID.randomUUID();

    @Autowired
    SessionProjection sessions;
    @Autowired
    PainProjection pain;
    @Autowired
    RoutineProjection routines;
    @Autowired
    TrendQueries queries;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void registered() {
        PatientRegisteredEvent event = new PatientRegisteredEvent(patient, "nia", "Nia", NEW_YORK,
                Instant.parse("2026-09-01T00:00:00Z"));
        jdbc.sql("insert into patient_profile values (?, ?, ?, ?, ?)")
                .params(patient, event.username(), event.displayName(), NEW_YORK.getId(),
                        event.registeredAt().atOffset(ZoneOffset.UTC)).update();
    }

    private UUID session(String completedAt, int minutes) {
        UUID id = UUID.randomUUID();
        handle(sessions, new SessionCompletedEvent(patient, id, Instant.parse(completedAt), NEW_YORK, minutes,
                List.of(new ExerciseEntry("cat-cow", 60, 1, Side.BOTH)), PainDuring.NONE, null));
        return id;
    }

    private UUID pain(String recordedAt, int score, Set<RedFlag> flags) {
        UUID id = UUID.randomUUID();
        handle(pain, new PainLoggedEvent(patient, id, Instant.parse(recordedAt), NEW_YORK, score,
                Set.of(BodyRegion.LOWER_BACK), flags, flags.isEmpty() ? null : Urgency.SEE_A_PROFESSIONAL, null));
        return id;
    }

    private static void handle(Object projection, Object event) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(GenericEventMessage.asEventMessage(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void rest(LocalDate date) {
        jdbc.sql("insert into rest_day_log (patient_id, rest_date, reason, recorded_at) values (?, ?, 'FLARE_UP', ?)")
                .params(patient, date, Instant.parse("2026-11-18T10:00:00Z").atOffset(ZoneOffset.UTC)).update();
    }

    private Trends trends(String lastWeek, int weeks) {
        return queries.handle(new FetchTrendsQuery(patient, lastWeek == null ? null : IsoWeek.parse(lastWeek), weeks));
    }

    private WeekTrend week(String isoWeek) {
        return trends(isoWeek, 1).weeks().getFirst();
    }

    @Test
    void a_redelivered_event_is_counted_once() {
        SessionCompletedEvent session = new SessionCompletedEvent(patient, UUID.randomUUID(),
                Instant.parse("2026-11-17T13:00:00Z"), NEW_YORK, 12, List.of(new ExerciseEntry("cat-cow", 60, 1, Side.BOTH)),
                PainDuring.NONE, null);
        handle(sessions, session);
        handle(sessions, session);
        pain("2026-11-17T14:00:00Z", 5, Set.of(RedFlag.WORSE_AT_NIGHT));

        WeekTrend week = week("2026-W47");
        assertThat(week.sessions()).isEqualTo(1);
        assertThat(week.minutes()).isEqualTo(12);
        assertThat(week.painEntries()).isEqualTo(1);
        assertThat(week.redFlags()).isEqualTo(1);
    }

    @Test
    void active_days_are_distinct_local_dates_of_the_patients_zone() {
        session("2026-11-17T12:00:00Z", 10); // Tuesday 07:00 in New York
        session("2026-11-18T03:00:00Z", 10); // still Tuesday, 22:00 in New York
        session("2026-11-18T15:00:00Z", 10); // Wednesday, today

        WeekTrend week = week("2026-W47");
        assertThat(week.sessions()).isEqualTo(3);
        assertThat(week.activeDays()).isEqualTo(2);
        assertThat(week.inProgress()).isTrue();
        assertThat(week.trackedDays()).isEqualTo(2); // Tuesday (the first entry) and Wednesday (today)
        assertThat(week.adherence()).isEqualTo(1.0);
    }

    @Test
    void sunday_night_in_new_york_belongs_to_that_week_not_to_monday_in_utc() {
        session("2026-11-16T04:40:00Z", 10); // Sunday 15 November, 23:40 EST
        assertThat(week("2026-W46").sessions()).isEqualTo(1);
        assertThat(week("2026-W47").sessions()).isZero();
    }

    @Test
    void a_weeks_pain_is_the_mean_of_its_daily_means() {
        pain("2026-11-09T14:00:00Z", 6, Set.of());
        pain("2026-11-09T18:00:00Z", 2, Set.of());
        pain("2026-11-10T14:00:00Z", 3, Set.of());
        pain("2026-11-11T14:00:00Z", 4, Set.of(RedFlag.NUMBNESS_OR_TINGLING));

        WeekTrend week = week("2026-W46");
        assertThat(week.painEntries()).isEqualTo(4);
        assertThat(week.ratedDays()).isEqualTo(3);
        assertThat(week.painMean()).isEqualTo(3.7); // (4 + 3 + 4) / 3; over the entries it would be 3.8
        assertThat(week.painMin()).isEqualTo(2);
        assertThat(week.painMax()).isEqualTo(6);
        assertThat(week.redFlags()).isEqualTo(1);
    }

    @Test
    void withdrawn_entries_leave_every_figure() {
        UUID withdrawnSession = session("2026-11-10T14:00:00Z", 30);
        session("2026-11-11T14:00:00Z", 10);
        UUID withdrawnPain = pain("2026-11-09T14:00:00Z", 9, Set.of(RedFlag.WORSE_AT_NIGHT));
        pain("2026-11-11T14:00:00Z", 3, Set.of());
        jdbc.sql("update session_log set withdrawn_at = ? where session_id = ?")
                .params(Instant.parse("2026-11-12T10:00:00Z").atOffset(ZoneOffset.UTC), withdrawnSession).update();
        jdbc.sql("update pain_log set withdrawn_at = ? where entry_id = ?")
                .params(Instant.parse("2026-11-12T10:00:00Z").atOffset(ZoneOffset.UTC), withdrawnPain).update();

        WeekTrend week = week("2026-W46");
        assertThat(week.sessions()).isEqualTo(1);
        assertThat(week.minutes()).isEqualTo(10);
        assertThat(week.painEntries()).isEqualTo(1);
        assertThat(week.painMax()).isEqualTo(3);
        assertThat(week.redFlags()).isZero();
        assertThat(week.trackedDays()).isEqualTo(5); // from Wednesday: the withdrawn Monday and Tuesday start nothing
    }

    @Test
    void a_rest_day_without_a_session_is_not_planned_and_one_with_a_session_is_active() {
        session("2026-11-09T14:00:00Z", 10);
        rest(LocalDate.of(2026, 11, 10));
        rest(LocalDate.of(2026, 11, 11));
        session("2026-11-11T14:00:00Z", 10);

        WeekTrend week = week("2026-W46");
        assertThat(week.restDays()).isEqualTo(1);
        assertThat(week.activeDays()).isEqualTo(2);
        assertThat(week.plannedDays()).isEqualTo(6.0);
        assertThat(week.adherence()).isEqualTo(0.333);
    }

    @Test
    void a_rest_day_starts_tracking() {
        rest(LocalDate.of(2026, 11, 12));
        session("2026-11-14T14:00:00Z", 10);
        WeekTrend week = week("2026-W46");
        assertThat(week.trackedDays()).isEqualTo(4); // Thursday (the rest day) to Sunday
        assertThat(week.plannedDays()).isEqualTo(3.0);
    }

    @Test
    void weeks_before_the_first_plan_are_measured_against_it() {
        RoutinePlannedEvent plan = new RoutinePlannedEvent(patient, List.of("cat-cow"), 10, 4,
                Instant.parse("2026-11-10T12:00:00Z"));
        handle(routines, plan);
        handle(routines, plan);
        session("2026-11-03T14:00:00Z", 10); // W45, Tuesday: before any plan
        session("2026-11-11T14:00:00Z", 10); // W46
        session("2026-11-12T14:00:00Z", 10);

        // W45: 6 tracked days at 4/7 = 24/7 planned, 1 active: 7/24; v1 measured it against 7 days
        assertThat(week("2026-W45").adherence()).isEqualTo(0.292);
        assertThat(week("2026-W45").plannedDays()).isEqualTo(3.4);
        assertThat(week("2026-W46").adherence()).isEqualTo(0.5);
        assertThat(jdbc.sql("select count(*) from routine_plan where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_change_reads_the_baseline_outside_the_window_and_the_caseload_gets_the_same() {
        // baseline 1-14 Sep: 6, 6, 7, 6 -> 6.3; latest 4-17 Nov (yesterday): 3, 4, 3, 4 -> 3.5
        for (String day : List.of("01", "03", "05", "07")) {
            pain("2026-09-" + day + "T14:00:00Z", day.equals("05") ? 7 : 6, Set.of());
        }
        for (String day : List.of("04", "08", "12", "17")) {
            pain("2026-11-" + day + "T14:00:00Z", day.equals("08") || day.equals("17") ? 4 : 3, Set.of());
        }
        session("2026-11-16T14:00:00Z", 10);
        PainChange change = trends(null, 1).change();
        assertThat(change).isEqualTo(new PainChange(6.3, 3.5, -2.8, -44.4, true, ChangeVerdict.IMPROVED,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 14), LocalDate.of(2026, 11, 4),
                LocalDate.of(2026, 11, 17)));
        assertThat(trends(null, 12).change()).isEqualTo(change);

        RecentFigures recent = queries.recent(patient);
        assertThat(recent.change()).isEqualTo(change);
        assertThat(recent.painMean()).isEqualTo(3.5);
        assertThat(recent.adherence()).isEqualTo(0.071); // 1 active day of 14 planned
    }
}
