package care.backcare.tracker.api.trend;

import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.operations.ReadModelFreshness;
import care.backcare.tracker.api.routine.RoutineProjection;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.PainFact;
import care.backcare.tracker.trend.RecentFigures;
import care.backcare.tracker.trend.SessionFact;
import care.backcare.tracker.trend.TrendAnalysis;
import care.backcare.tracker.trend.TrendHistory;
import care.backcare.tracker.trend.TrendWindow;
import care.backcare.tracker.trend.Trends;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the patient's diary from the session, pain and rest-day read models (withdrawn entries left out)
 * and hands it to the domain's {@link TrendAnalysis}: one code path for the API, the report, the pages
 * and the caseload. Only the dates the statistics read are fetched, by (patient, date) indexes.
 */
@Component
public class TrendQueries {

    /**
     * Trends by patient, window, today's date and zone, and the patient's newest event: asking again while nothing
     * changed (a page reloaded, a report and its page, a physiotherapist's second look) costs two indexed lookups,
     * not a dozen queries and the statistics. Kept only once the read models hold that event
     * ({@link ReadModelFreshness}); any new event of the patient, a new day or another zone is another key.
     * Bounded (a two-year window is ~20 KB) and short-lived.
     */
    private record TrendsKey(UUID patientId, IsoWeek last, int weeks, LocalDate today, ZoneId zone, long newestEvent) {
    }

    private final Cache<TrendsKey, Trends> computed = Caffeine.newBuilder()
            .maximumSize(256)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    private final JdbcClient jdbc;
    private final PatientZones zones;
    private final RoutineProjection routines;
    private final Clock clock;
    private final ReadModelFreshness freshness;

    TrendQueries(JdbcClient jdbc, PatientZones zones, RoutineProjection routines, Clock clock,
                 ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.routines = routines;
        this.clock = clock;
        this.freshness = freshness;
    }

    public ZoneId zone(UUID patientId) {
        return zones.of(patientId);
    }

    public LocalDate today(UUID patientId) {
        return LocalDate.now(clock.withZone(zones.of(patientId)));
    }

    public IsoWeek currentWeek(UUID patientId) {
        return IsoWeek.of(today(patientId));
    }

    /** The last week that has ended: the report's default week. */
    public IsoWeek lastCompleteWeek(UUID patientId) {
        return currentWeek(patientId).plusWeeks(-1);
    }

    @QueryHandler
    public Trends handle(FetchTrendsQuery query) {
        ZoneId zone = zones.of(query.patientId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        IsoWeek last = query.lastWeek() != null ? query.lastWeek() : IsoWeek.of(today);
        OptionalLong newest = freshness.appliedHead(query.patientId()); // before reading: the figures hold at least this
        TrendsKey key = newest.isPresent()
                ? new TrendsKey(query.patientId(), last, query.weeks(), today, zone, newest.getAsLong()) : null;
        Trends cached = key == null ? null : computed.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        TrendWindow window = new TrendWindow(zone, today, last, query.weeks());
        Trends trends = TrendAnalysis.analyse(window, history(query.patientId(), window.firstDateRead(), window.lastDate()));
        if (key != null) {
            computed.put(key, trends);
        }
        return trends;
    }

    /** Adherence and mean daily pain over the last 14 complete days, and the change: a caseload row's figures. */
    public RecentFigures recent(UUID patientId) {
        ZoneId zone = zones.of(patientId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return TrendAnalysis.recent(zone, today, history(patientId, today.minusDays(TrendWindow.PERIOD_DAYS), today));
    }

    /** The patient's rest days between two dates (the report's daily chart marks them). */
    public Set<LocalDate> restDates(UUID patientId, LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("select rest_date from rest_day_log where patient_id = ? and rest_date between ? and ?")
                .params(patientId, from, to)
                .query(LocalDate.class).list());
    }

    private TrendHistory history(UUID patientId, LocalDate from, LocalDate to) {
        Firsts firsts = jdbc.sql("""
                        select (select min(local_date) from session_log where patient_id = ? and withdrawn_at is null),
                               (select min(local_date) from pain_log where patient_id = ? and withdrawn_at is null),
                               (select min(rest_date) from rest_day_log where patient_id = ?)""")
                .params(patientId, patientId, patientId)
                .query((rs, row) -> new Firsts(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .single();
        List<SessionFact> sessions = new ArrayList<>();
        jdbc.sql("""
                        select local_date, duration_minutes from session_log
                        where patient_id = ? and local_date between ? and ? and withdrawn_at is null""")
                .params(patientId, from, to)
                .query(rs -> {
                    sessions.add(new SessionFact(rs.getObject(1, LocalDate.class), rs.getInt(2)));
                });
        List<PainFact> pain = new ArrayList<>();
        LocalDate baselineFrom = firsts.pain() == null ? from : firsts.pain();
        LocalDate baselineTo = baselineFrom.plusDays(TrendWindow.PERIOD_DAYS - 1L);
        jdbc.sql("""
                        select local_date, score, red_flags from pain_log
                        where patient_id = ? and withdrawn_at is null
                          and (local_date between ? and ? or local_date between ? and ?)""")
                .params(patientId, from, to, baselineFrom, baselineTo)
                .query(rs -> {
                    String flags = rs.getString(3);
                    pain.add(new PainFact(rs.getObject(1, LocalDate.class), rs.getInt(2), flags != null && !flags.isBlank()));
                });
        Set<LocalDate> rest = restDates(patientId, from, to);
        return new TrendHistory(firsts.trackingStart(), Optional.ofNullable(firsts.pain()),
                routines.timelineOf(patientId), sessions, pain, rest);
    }

    private record Firsts(LocalDate session, LocalDate pain, LocalDate rest) {

        Optional<LocalDate> trackingStart() {
            return java.util.stream.Stream.of(session, pain, rest).filter(java.util.Objects::nonNull)
                    .min(LocalDate::compareTo);
        }
    }
}
