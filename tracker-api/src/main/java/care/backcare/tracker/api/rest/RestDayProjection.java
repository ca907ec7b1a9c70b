package care.backcare.tracker.api.rest;

import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.rest.FetchRestDaysQuery;
import care.backcare.tracker.rest.RestDayCancelledEvent;
import care.backcare.tracker.rest.RestDayReason;
import care.backcare.tracker.rest.RestDayTakenEvent;
import care.backcare.tracker.rest.RestDayView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The patient's rest days, one row per date (rest_day_log; a cancelled one is deleted). A take, a cancel and a
 * take again of one date can fall in one batch, and batched writes run statement by statement: so every change
 * goes through one follow-up that applies them in the order of the events.
 */
@Component
@ProcessingGroup("read-models")
public class RestDayProjection {

    private final JdbcClient jdbc;
    private final BatchedWrites writes;
    private final ReadModelReset reset;
    private final BatchedWrites.FollowUp<Object> changes = new BatchedWrites.FollowUp<>("rest days", this::apply);

    RestDayProjection(JdbcClient jdbc, BatchedWrites writes, ReadModelReset reset) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reset = reset;
    }

    @EventHandler
    void on(RestDayTakenEvent event) {
        writes.afterRows(changes, event);
    }

    @EventHandler
    void on(RestDayCancelledEvent event) {
        writes.afterRows(changes, event);
    }

    /** Idempotent: a redelivered take finds its row, a redelivered cancel removes only rows no newer than itself. */
    private void apply(List<Object> events) {
        for (Object change : events) {
            if (change instanceof RestDayTakenEvent event) {
                jdbc.sql("""
                                insert into rest_day_log (patient_id, rest_date, reason, notes, recorded_at)
                                values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(event.patientId(), event.date(), event.reason().name(), Sql.text(event.notes()),
                                Sql.utc(event.recordedAt()))
                        .update();
            } else if (change instanceof RestDayCancelledEvent event) {
                jdbc.sql("delete from rest_day_log where patient_id = ? and rest_date = ? and recorded_at <= ?")
                        .params(event.patientId(), event.date(), Sql.utc(event.cancelledAt()))
                        .update();
            }
        }
    }

    @ResetHandler
    void reset() {
        reset.clear("rest_day_log");
    }

    @QueryHandler
    List<RestDayView> handle(FetchRestDaysQuery query) {
        return jdbc.sql("""
                        select rest_date, reason, notes, recorded_at from rest_day_log
                        where patient_id = ? and rest_date between ? and ? order by rest_date""")
                .params(query.patientId(), query.from(), query.to())
                .query((rs, row) -> new RestDayView(rs.getObject("rest_date", LocalDate.class),
                        RestDayReason.valueOf(rs.getString("reason")), rs.getString("notes"),
                        Sql.instant(rs, "recorded_at")))
                .list();
    }
}
