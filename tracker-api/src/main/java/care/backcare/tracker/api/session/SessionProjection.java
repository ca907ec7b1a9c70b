package care.backcare.tracker.api.session;

import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.FetchSessionQuery;
import care.backcare.tracker.session.FetchSessionsQuery;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import care.backcare.tracker.session.SessionView;
import care.backcare.tracker.session.Side;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The patient's session log, with each exercise, on the patient's own calendar; written in batches ({@link BatchedWrites}). */
@Component
@ProcessingGroup("read-models")
public class SessionProjection {

    private final JdbcClient jdbc;
    private final ReadModelReset reset;
    private final BatchedWrites writes;
    /** After the batch's inserts, so that a session recorded and withdrawn in one batch ends up withdrawn. */
    private final BatchedWrites.FollowUp<SessionWithdrawnEvent> withdrawals =
            new BatchedWrites.FollowUp<>("session withdrawals", this::withdraw);

    SessionProjection(JdbcClient jdbc, BatchedWrites writes, ReadModelReset reset) {
        this.reset = reset;
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** A redelivered event writes the same rows again, which the keys turn into nothing. */
    @EventHandler
    void on(SessionCompletedEvent event) {
        LocalDate date = event.completedAt().atZone(event.timeZone()).toLocalDate();
        writes.add("""
                        insert into session_log (patient_id, session_id, completed_at, local_date, duration_minutes,
                                                 pain_during, notes)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.patientId(), event.sessionId(), Sql.utc(event.completedAt()), date, event.durationMinutes(),
                event.painDuring().name(), Sql.text(event.notes()));
        List<ExerciseEntry> exercises = event.exercises();
        for (int i = 0; i < exercises.size(); i++) {
            ExerciseEntry exercise = exercises.get(i);
            writes.add("""
                            insert into session_exercise (patient_id, session_id, position, local_date, stretch,
                                                          hold_seconds, reps, side)
                            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    event.patientId(), event.sessionId(), i, date, exercise.stretch(), exercise.holdSeconds(),
                    exercise.reps(), exercise.side().name());
        }
    }

    @EventHandler
    void on(SessionWithdrawnEvent event) {
        writes.afterRows(withdrawals, event);
    }

    private void withdraw(List<SessionWithdrawnEvent> events) {
        for (SessionWithdrawnEvent event : events) {
            jdbc.sql("update session_log set withdrawn_at = ? where patient_id = ? and session_id = ? and withdrawn_at is null")
                    .params(Sql.utc(event.withdrawnAt()), event.patientId(), event.sessionId()).update();
            jdbc.sql("update session_exercise set withdrawn = true where patient_id = ? and session_id = ?")
                    .params(event.patientId(), event.sessionId()).update();
        }
    }

    @ResetHandler
    void reset() {
        reset.clear("session_exercise", "session_log");
    }

    @QueryHandler
    List<SessionView> handle(FetchSessionsQuery query) {
        Map<UUID, List<ExerciseEntry>> exercises = new HashMap<>();
        jdbc.sql("""
                        select session_id, stretch, hold_seconds, reps, side from session_exercise
                        where patient_id = ? and local_date between ? and ? and not withdrawn
                        order by session_id, position""")
                .params(query.patientId(), query.from(), query.to())
                .query(rs -> {
                    exercises.computeIfAbsent(rs.getObject("session_id", UUID.class), id -> new ArrayList<>())
                            .add(exercise(rs));
                });
        return jdbc.sql("""
                        select session_id, completed_at, local_date, duration_minutes, pain_during, notes from session_log
                        where patient_id = ? and local_date between ? and ? and withdrawn_at is null
                        order by completed_at, session_id""")
                .params(query.patientId(), query.from(), query.to())
                .query((rs, row) -> view(rs, exercises.getOrDefault(rs.getObject("session_id", UUID.class), List.of())))
                .list();
    }

    @QueryHandler
    Optional<SessionView> handle(FetchSessionQuery query) {
        List<ExerciseEntry> exercises = jdbc.sql("""
                        select stretch, hold_seconds, reps, side from session_exercise
                        where patient_id = ? and session_id = ? and not withdrawn order by position""")
                .params(query.patientId(), query.sessionId())
                .query((rs, row) -> exercise(rs))
                .list();
        return jdbc.sql("""
                        select session_id, completed_at, local_date, duration_minutes, pain_during, notes from session_log
                        where patient_id = ? and session_id = ? and withdrawn_at is null""")
                .params(query.patientId(), query.sessionId())
                .query((rs, row) -> view(rs, exercises))
                .optional();
    }

    private static ExerciseEntry exercise(ResultSet rs) throws SQLException {
        return new ExerciseEntry(rs.getString("stretch"), rs.getInt("hold_seconds"), rs.getInt("reps"),
                Side.valueOf(rs.getString("side")));
    }

    private static SessionView view(ResultSet rs, List<ExerciseEntry> exercises) throws SQLException {
        return new SessionView(rs.getObject("session_id", UUID.class), Sql.instant(rs, "completed_at"),
                rs.getObject("local_date", LocalDate.class), rs.getInt("duration_minutes"), List.copyOf(exercises),
                PainDuring.valueOf(rs.getString("pain_during")), rs.getString("notes"));
    }
}
