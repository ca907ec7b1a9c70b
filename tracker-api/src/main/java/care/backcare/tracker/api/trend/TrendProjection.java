package care.backcare.tracker.api.trend;

import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.WeekActivity;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Weekly tallies per patient and ISO week of the patient's calendar. Each session or pain entry is
 * kept once as a fact (keyed by its id, so a redelivered event changes nothing) and its week's row is
 * recomputed from the facts, never incremented: the projection is idempotent and replayable.
 */
@Component
@ProcessingGroup("read-models")
class TrendProjection {

    private static final String SESSION = "S";
    private static final String PAIN = "P";

    private final JdbcClient jdbc;

    TrendProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @ResetHandler
    void reset() {
        jdbc.sql("delete from trend_week").update();
        jdbc.sql("delete from trend_entry").update();
    }

    private static LocalDate localDate(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private void record(UUID patientId, String kind, UUID entryId, LocalDate date, Integer minutes, Integer score,
                        boolean redFlag) {
        LocalDate weekStart = IsoWeek.of(date).start();
        int inserted = jdbc.sql("""
                        insert into trend_entry (patient_id, kind, entry_id, local_date, week_start, minutes, score, red_flag)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(patientId, kind, entryId, date, weekStart, minutes, score, redFlag)
                .update();
        if (inserted == 1) {
            refreshWeek(patientId, weekStart);
        }
    }

    private void refreshWeek(UUID patientId, LocalDate weekStart) {
        WeekActivity tally = jdbc.sql("""
                        select coalesce(sum(case when kind = 'S' then 1 else 0 end), 0)          as sessions,
                               count(distinct case when kind = 'S' then local_date end)           as active_days,
                               coalesce(sum(case when kind = 'S' then minutes end), 0)            as minutes,
                               coalesce(sum(case when kind = 'P' then 1 else 0 end), 0)           as pain_entries,
                               coalesce(sum(case when kind = 'P' then score end), 0)              as pain_sum,
                               min(case when kind = 'P' then score end)                           as pain_min,
                               max(case when kind = 'P' then score end)                           as pain_max,
                               coalesce(sum(case when kind = 'P' and red_flag then 1 else 0 end), 0) as red_flag_entries
                        from trend_entry where patient_id = ? and week_start = ?""")
                .params(patientId, weekStart)
                .query((rs, row) -> new WeekActivity(rs.getInt("sessions"), rs.getInt("active_days"),
                        rs.getInt("minutes"), rs.getInt("pain_entries"), rs.getLong("pain_sum"),
                        rs.getObject("pain_min", Integer.class), rs.getObject("pain_max", Integer.class),
                        rs.getInt("red_flag_entries")))
                .single();
        Object[] figures = {tally.sessions(), tally.activeDays(), tally.minutes(), tally.painEntries(),
                tally.painScoreSum(), tally.painMin(), tally.painMax(), tally.redFlagEntries(), patientId, weekStart};
        int updated = jdbc.sql("""
                        update trend_week set sessions = ?, active_days = ?, minutes = ?, pain_entries = ?, pain_sum = ?,
                                              pain_min = ?, pain_max = ?, red_flag_entries = ?
                        where patient_id = ? and week_start = ?""")
                .params(figures)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into trend_week (sessions, active_days, minutes, pain_entries, pain_sum, pain_min,
                                                    pain_max, red_flag_entries, patient_id, week_start)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(figures)
                    .update();
        }
    }
}
