package care.backcare.tracker.api.reminder;

import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.reminder.CalendarFeedGrantedEvent;
import care.backcare.tracker.reminder.CalendarFeedRevokedEvent;
import care.backcare.tracker.reminder.FetchRemindersQuery;
import care.backcare.tracker.reminder.RemindersSetEvent;
import care.backcare.tracker.reminder.ReminderSchedule;
import care.backcare.tracker.reminder.Weekday;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reminder schedules and calendar feeds, in the "access" group: written in the same transaction as their
 * event, so a revoked feed stops working on the very next request.
 */
@Component
@ProcessingGroup("access")
class ReminderProjection {

    /** What opening a feed needs: whose it is, the hash to check the secret against, whether it was revoked. */
    record Feed(UUID feedId, UUID patientId, String tokenHash, boolean revoked) {
    }

    private final JdbcClient jdbc;

    ReminderProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RemindersSetEvent event) {
        String times = String.join(",", event.times());
        String days = event.days().stream().map(Weekday::name).collect(Collectors.joining(","));
        int updated = jdbc.sql("update reminder_schedule set times = ?, days = ?, set_at = ? where patient_id = ?")
                .params(times, days, Sql.utc(event.setAt()), event.patientId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into reminder_schedule (patient_id, times, days, set_at) values (?, ?, ?, ?)")
                    .params(event.patientId(), times, days, Sql.utc(event.setAt()))
                    .update();
        }
    }

    @EventHandler
    void on(CalendarFeedGrantedEvent event) {
        jdbc.sql("""
                        insert into calendar_feed (feed_id, patient_id, token_hash, granted_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(event.feedId(), event.patientId(), event.tokenHash(), Sql.utc(event.grantedAt()))
                .update();
    }

    @EventHandler
    void on(CalendarFeedRevokedEvent event) {
        jdbc.sql("update calendar_feed set revoked_at = ? where feed_id = ? and patient_id = ? and revoked_at is null")
                .params(Sql.utc(event.revokedAt()), event.feedId(), event.patientId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from reminder_schedule").update();
        jdbc.sql("delete from calendar_feed").update();
    }

    @QueryHandler
    ReminderSchedule handle(FetchRemindersQuery query) {
        return jdbc.sql("select times, days from reminder_schedule where patient_id = ?")
                .param(query.patientId())
                .query((rs, row) -> new ReminderSchedule(split(rs.getString("times")),
                        split(rs.getString("days")).stream().map(Weekday::valueOf).toList()))
                .optional()
                .orElse(ReminderSchedule.NONE);
    }

    Optional<Feed> feed(UUID feedId) {
        return jdbc.sql("select feed_id, patient_id, token_hash, revoked_at from calendar_feed where feed_id = ?")
                .param(feedId)
                .query((rs, row) -> new Feed(rs.getObject("feed_id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getString("token_hash"), rs.getObject("revoked_at") != null))
                .optional();
    }

    java.util.Optional<java.time.Instant> scheduleSetAt(UUID patientId) {
        return jdbc.sql("select set_at from reminder_schedule where patient_id = ?")
                .param(patientId)
                .query((rs, row) -> Sql.instant(rs, "set_at"))
                .optional();
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
