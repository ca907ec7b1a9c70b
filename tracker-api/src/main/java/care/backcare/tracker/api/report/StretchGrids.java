package care.backcare.tracker.api.report;

import care.backcare.tracker.routine.FetchRoutineQuery;
import care.backcare.tracker.routine.RoutineView;
import care.backcare.tracker.session.Side;
import care.backcare.tracker.stretch.Stretch;
import care.backcare.tracker.stretch.StretchCatalog;
import care.backcare.tracker.trend.WeekTrend;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Weeks × stretches (each side of a one-sided stretch on its own row) over the whole report window: how often
 * each was done, and where a planned stretch was skipped. Six weeks of a right-side pigeon pose never done stand
 * out at a glance; the per-stretch table of the report covers one week only.
 */
@Component
public class StretchGrids {

    /** The grid: one label per week of the window, oldest first, and one row per stretch and side. */
    public record StretchGrid(List<String> weeks, List<Row> rows) {
    }

    /** {@code side} is LEFT or RIGHT for a one-sided stretch, null otherwise. */
    public record Row(String stretchId, String name, Side side, List<Cell> cells) {
    }

    /**
     * {@code done}: times done that week (on that side; a session entry for both sides counts on each);
     * {@code planned}: in the plan in force at the end of the week (for the week in progress: now). A week before
     * tracking began is never planned. {@code skipped}: planned, and not done.
     */
    public record Cell(int done, boolean planned, boolean skipped) {

        static Cell of(int done, boolean planned) {
            return new Cell(done, planned, planned && done == 0);
        }
    }

    private final JdbcClient jdbc;
    private final QueryGateway queries;

    StretchGrids(JdbcClient jdbc, QueryGateway queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    public StretchGrid of(UUID patientId, ZoneId zone, List<WeekTrend> weeks) {
        if (weeks.isEmpty()) {
            return new StretchGrid(List.of(), List.of());
        }
        LocalDate from = weeks.getFirst().start();
        LocalDate to = weeks.getLast().start().plusDays(6);
        record Done(LocalDate weekStart, String stretch, Side side) {
        }
        Map<Done, Integer> done = new HashMap<>();
        jdbc.sql("""
                        select local_date, stretch, side, count(*) as times from session_exercise
                        where patient_id = ? and local_date between ? and ? and withdrawn = false
                        group by local_date, stretch, side""")
                .params(patientId, from, to)
                .query(rs -> {
                    LocalDate monday = rs.getObject("local_date", LocalDate.class)
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    done.merge(new Done(monday, rs.getString("stretch"), Side.valueOf(rs.getString("side"))),
                            rs.getInt("times"), Integer::sum);
                });
        List<Set<String>> planned = new ArrayList<>();
        Set<String> stretches = new LinkedHashSet<>();
        for (WeekTrend week : weeks) {
            Set<String> inPlan = Set.of();
            if (week.trackedDays() > 0) {
                java.time.Instant endOfWeek = week.start().plusDays(7).atStartOfDay(zone).toInstant();
                RoutineView plan = queries.query(new FetchRoutineQuery(patientId, week.inProgress() ? null : endOfWeek),
                        ResponseTypes.instanceOf(RoutineView.class)).join();
                inPlan = Set.copyOf(plan.plan().stretches());
                stretches.addAll(plan.plan().stretches());
            }
            planned.add(inPlan);
        }
        done.keySet().forEach(key -> stretches.add(key.stretch()));
        List<Row> rows = new ArrayList<>();
        for (String id : stretches) {
            Stretch stretch = StretchCatalog.find(id).orElse(null);
            String name = stretch == null ? id : stretch.name();
            List<Side> sides = stretch != null && stretch.perSide() ? List.of(Side.LEFT, Side.RIGHT) : java.util.Collections.singletonList(null);
            for (Side side : sides) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < weeks.size(); i++) {
                    LocalDate monday = weeks.get(i).start();
                    int times = side == null
                            ? done.getOrDefault(new Done(monday, id, Side.BOTH), 0)
                            + done.getOrDefault(new Done(monday, id, Side.LEFT), 0)
                            + done.getOrDefault(new Done(monday, id, Side.RIGHT), 0)
                            : done.getOrDefault(new Done(monday, id, Side.BOTH), 0)
                            + done.getOrDefault(new Done(monday, id, side), 0);
                    cells.add(Cell.of(times, planned.get(i).contains(id)));
                }
                rows.add(new Row(id, name, side, cells));
            }
        }
        return new StretchGrid(weeks.stream().map(WeekTrend::week).toList(), rows);
    }
}
