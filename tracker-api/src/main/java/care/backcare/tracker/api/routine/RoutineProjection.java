package care.backcare.tracker.api.routine;

import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.routine.FetchRoutineQuery;
import care.backcare.tracker.routine.RoutinePlan;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.routine.RoutineView;
import care.backcare.tracker.trend.PlanTimeline;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** Every plan a patient has had: the latest for the routine screen, all of them for adherence. */
@Component
@ProcessingGroup("read-models")
public class RoutineProjection {

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final JdbcClient jdbc;
    private final ReadModelReset reset;

    RoutineProjection(JdbcClient jdbc, ReadModelReset reset) {
        this.reset = reset;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RoutinePlannedEvent event) {
        jdbc.sql("""
                        insert into routine_plan (patient_id, planned_at, stretches, minutes_per_day, days_per_week,
                                                  set_by, set_by_name)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(event.patientId(), Sql.utc(event.plannedAt()), String.join(",", event.stretches()),
                        event.minutesPerDay(), event.daysPerWeek(), event.setBy(), Sql.text(event.setByName()))
                .update();
    }

    @ResetHandler
    void reset() {
        reset.clear("routine_plan");
    }

    @QueryHandler
    RoutineView handle(FetchRoutineQuery query) {
        Instant at = query.at() != null ? query.at() : Instant.MAX;
        return jdbc.sql("""
                        select planned_at, stretches, minutes_per_day, days_per_week, set_by, set_by_name from routine_plan
                        where patient_id = ? and planned_at < ? order by planned_at desc fetch first 1 rows only""")
                .params(query.patientId(), Sql.utc(at.isAfter(FAR_FUTURE) ? FAR_FUTURE : at))
                .query((rs, row) -> new RoutineView(new RoutinePlan(Arrays.asList(rs.getString("stretches").split(",")),
                        rs.getInt("minutes_per_day"), rs.getInt("days_per_week")), Sql.instant(rs, "planned_at"),
                        rs.getObject("set_by", UUID.class), rs.getString("set_by_name")))
                .optional()
                .orElse(new RoutineView(RoutinePlan.DEFAULT, null));
    }

    /** When each plan took effect and how many days a week it asked for. */
    public PlanTimeline timelineOf(UUID patientId) {
        return new PlanTimeline(jdbc.sql("select planned_at, days_per_week from routine_plan where patient_id = ?")
                .param(patientId)
                .query((rs, row) -> new PlanTimeline.PlanChange(Sql.instant(rs, "planned_at"), rs.getInt("days_per_week")))
                .list());
    }
}
