package care.backcare.tracker.api.trend;

import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import care.backcare.tracker.trend.IsoWeek;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Weekly tallies per patient and ISO week of the patient's calendar. Each session or pain entry is
 * kept once as a fact (keyed by its id, so a redelivered event changes nothing) and its week's row is
 * recomputed from the facts, never incremented: the projection is idempotent and replayable. Writes
 * go with the processor's batch ({@link BatchedWrites}): each touched week is recomputed once per batch.
 */
@Component
@ProcessingGroup("read-models")
class TrendProjection {

    private static final String SESSION = "S";
    private static final String PAIN = "P";

    private final JdbcClient jdbc;
    private final ReadModelReset reset;
    private final JdbcTemplate jdbcTemplate;
    private final BatchedWrites writes;
    private final BatchedWrites.FollowUp<PatientWeek> refreshWeeks = new BatchedWrites.FollowUp<>("trend weeks",
            this::refreshWeeks);

    TrendProjection(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BatchedWrites writes, ReadModelReset reset) {
        this.reset = reset;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.writes = writes;
    }

    @EventHandler
    void on(SessionCompletedEvent event) {
        record(event.patientId(), SESSION, event.sessionId(), localDate(event.completedAt(), event.timeZone()),
                event.durationMinutes(), null, false);
    }

    @EventHandler
    void on(PainLoggedEvent event) {
        record(event.patientId(), PAIN, event.entryId(), localDate(event.recordedAt(), event.timeZone()),
                null, event.score(), !event.redFlags().isEmpty());
    }

    // ---- withdrawal (clinical safety, v1.1): a withdrawn entry leaves the week's tallies ----

    private final BatchedWrites.FollowUp<WithdrawnEntry> withdrawals = new BatchedWrites.FollowUp<>("trend withdrawals",
            this::withdraw);

    @EventHandler
    void on(SessionWithdrawnEvent event) {
        writes.afterRows(withdrawals, new WithdrawnEntry(event.patientId(), SESSION, event.sessionId()));
    }

    @EventHandler
    void on(PainEntryWithdrawnEvent event) {
        writes.afterRows(withdrawals, new WithdrawnEntry(event.patientId(), PAIN, event.entryId()));
    }

    private record WithdrawnEntry(UUID patientId, String kind, UUID entryId) {
    }

    /** After the batch's inserts: the entry's row goes, and its week is recomputed (a repeat finds no row). */
    private void withdraw(List<WithdrawnEntry> entries) {
        List<PatientWeek> weeks = new java.util.ArrayList<>();
        for (WithdrawnEntry entry : entries) {
            jdbc.sql("select week_start from trend_entry where patient_id = ? and kind = ? and entry_id = ?")
                    .params(entry.patientId(), entry.kind(), entry.entryId())
                    .query(LocalDate.class).optional()
                    .ifPresent(weekStart -> weeks.add(new PatientWeek(entry.patientId(), weekStart)));
            jdbc.sql("delete from trend_entry where patient_id = ? and kind = ? and entry_id = ?")
                    .params(entry.patientId(), entry.kind(), entry.entryId()).update();
        }
        if (!weeks.isEmpty()) {
            refreshWeeks(weeks.stream().distinct().toList());
        }
    }

    @ResetHandler
    void reset() {
        reset.clear("trend_week", "trend_entry");
    }

    private static LocalDate localDate(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private void record(UUID patientId, String kind, UUID entryId, LocalDate date, Integer minutes, Integer score,
                        boolean redFlag) {
        LocalDate weekStart = IsoWeek.of(date).start();
        writes.add("""
                        insert into trend_entry (patient_id, kind, entry_id, local_date, week_start, minutes, score, red_flag)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                patientId, kind, entryId, date, weekStart, minutes, score, redFlag);
        writes.afterRows(refreshWeeks, new PatientWeek(patientId, weekStart));
    }

    private record PatientWeek(UUID patientId, LocalDate weekStart) {
    }

    /** Each touched week's row, recomputed from its entries (a week a redelivery touched comes out the same). */
    private void refreshWeeks(List<PatientWeek> weeks) {
        List<Object[]> keys = weeks.stream().map(week -> new Object[]{week.patientId(), week.weekStart()}).toList();
        jdbcTemplate.batchUpdate("delete from trend_week where patient_id = ? and week_start = ?", keys);
        jdbcTemplate.batchUpdate("""
                insert into trend_week (patient_id, week_start, sessions, active_days, minutes, pain_entries, pain_sum,
                                        pain_min, pain_max, red_flag_entries)
                select patient_id, week_start,
                       coalesce(sum(case when kind = 'S' then 1 else 0 end), 0),
                       count(distinct case when kind = 'S' then local_date end),
                       coalesce(sum(case when kind = 'S' then minutes end), 0),
                       coalesce(sum(case when kind = 'P' then 1 else 0 end), 0),
                       coalesce(sum(case when kind = 'P' then score end), 0),
                       min(case when kind = 'P' then score end),
                       max(case when kind = 'P' then score end),
                       coalesce(sum(case when kind = 'P' and red_flag then 1 else 0 end), 0)
                from trend_entry where patient_id = ? and week_start = ?
                group by patient_id, week_start""", keys);
    }
}
