package care.backcare.tracker.api.trend;

import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.routine.RoutineProjection;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.TrendAnalysis;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekActivity;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the weekly tallies and hands them to the domain's {@link TrendAnalysis}: one code path for API and report. */
@Component
public class TrendQueries {

    private final JdbcClient jdbc;
    private final PatientZones zones;
    private final RoutineProjection routines;
    private final Clock clock;

    TrendQueries(JdbcClient jdbc, PatientZones zones, RoutineProjection routines, Clock clock) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.routines = routines;
        this.clock = clock;
    }

    public IsoWeek currentWeek(UUID patientId) {
        return IsoWeek.of(LocalDate.now(clock.withZone(zones.of(patientId))));
    }

    @QueryHandler
    public Trends handle(FetchTrendsQuery query) {
        ZoneId zone = zones.of(query.patientId());
        IsoWeek last = query.lastWeek() != null ? query.lastWeek() : currentWeek(query.patientId());
        IsoWeek first = last.plusWeeks(1L - query.weeks());
        Map<IsoWeek, WeekActivity> activity = new HashMap<>();
        jdbc.sql("""
                        select week_start, sessions, active_days, minutes, pain_entries, pain_sum, pain_min, pain_max,
                               red_flag_entries
                        from trend_week where patient_id = ? and week_start between ? and ?""")
                .params(query.patientId(), first.start(), last.start())
                .query(rs -> {
                    activity.put(IsoWeek.of(rs.getObject("week_start", LocalDate.class)), new WeekActivity(
                            rs.getInt("sessions"), rs.getInt("active_days"), rs.getInt("minutes"),
                            rs.getInt("pain_entries"), rs.getLong("pain_sum"), rs.getObject("pain_min", Integer.class),
                            rs.getObject("pain_max", Integer.class), rs.getInt("red_flag_entries")));
                });
        Optional<LocalDate> firstEntry = jdbc.sql("select min(local_date) from trend_entry where patient_id = ?")
                .param(query.patientId())
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
        return TrendAnalysis.analyse(zone, last, query.weeks(), firstEntry, routines.timelineOf(query.patientId()),
                activity);
    }
}
