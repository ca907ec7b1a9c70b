package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.api.trend.TrendQueries;
import care.backcare.tracker.clinician.CaseloadPolicy;
import care.backcare.tracker.clinician.CaseloadPriority;
import care.backcare.tracker.clinician.CaseloadReason;
import care.backcare.tracker.health.FetchHealthProfileQuery;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.RecentFigures;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A clinician's caseload: one stored row per connected patient ({@code caseload_row}), kept current by the
 * projections ({@link CareProjection} raises a row's version with every fact that can change it) and recomputed
 * here, by the trend engine and {@link CaseloadPolicy}, when its version moved or its date passed. A background
 * pass recomputes due rows every two seconds, so a clinician's request only reads stored rows (one query, however
 * many patients): the caseload is a read model like the others, a few seconds behind the diary at most. Only a row
 * never computed yet (a patient connected a moment ago) is computed on the request.
 */
@Component
class Caseload {

    private static final Logger log = LoggerFactory.getLogger(Caseload.class);
    /** Rows recomputed by one background pass at most. */
    private static final int REFRESH_BATCH = 500;

    /** One row as the contract shows it. */
    /** {@code painDays}: the daily pain means of those 14 days, oldest first, null where none was rated. */
    record Entry(UUID patientId, String displayName, Instant connectedAt, CaseloadPriority priority,
                 List<Reason> reasons, Instant lastEntryAt, Double adherenceLast14Days, Double painLast14Days,
                 Change change, List<Double> painDays) {
    }

    record Reason(CaseloadReason code, Instant at) {
    }

    record Change(ChangeVerdict verdict, Double delta) {
    }

    private record Stored(long version, long computedVersion, LocalDate computedFor, CaseloadPriority priority,
                          String reasons, Instant newestReasonAt, Instant lastEntryAt, Double adherence, Double pain,
                          ChangeVerdict verdict, Double delta, String painDays) {
    }

    private final JdbcClient jdbc;
    private final TrendQueries trends;
    private final QueryGateway queries;
    private final Clock clock;

    Caseload(JdbcClient jdbc, TrendQueries trends, QueryGateway queries, Clock clock) {
        this.jdbc = jdbc;
        this.trends = trends;
        this.queries = queries;
        this.clock = clock;
    }

    /** The clinician's connected patients, most urgent first. */
    List<Entry> of(UUID clinicianId) {
        record Row(UUID patientId, String displayName, ZoneId zone, Instant connectedAt, Stored stored) {
        }
        List<Row> rows = jdbc.sql("""
                        select c.patient_id, c.connected_at, p.display_name, p.time_zone, r.version, r.computed_version,
                               r.computed_for, r.priority, r.reasons, r.newest_reason_at, r.last_entry_at, r.adherence,
                               r.pain_mean, r.verdict, r.delta, r.pain_days
                        from clinician_connection c
                        join patient_profile p on p.patient_id = c.patient_id
                        left join caseload_row r on r.patient_id = c.patient_id
                        where c.clinician_id = ? and c.disconnected_at is null""")
                .param(clinicianId)
                .query((rs, n) -> new Row(rs.getObject("patient_id", UUID.class), rs.getString("display_name"),
                        ZoneId.of(rs.getString("time_zone")), Sql.instant(rs, "connected_at"),
                        rs.getObject("version") == null ? null : stored(rs)))
                .list();
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Stored stored = row.stored();
            LocalDate today = LocalDate.now(clock.withZone(row.zone()));
            if (stored == null || stored.computedFor() == null) {
                // never computed yet (a patient who connected a moment ago): now, once
                stored = recompute(row.patientId(), stored == null ? null : stored.version());
            }
            entries.add(entry(row.patientId(), row.displayName(), row.connectedAt(), stored));
        }
        entries.sort(CaseloadPolicy.order(Entry::priority, Caseload::newestReasonAt)
                .thenComparing(Entry::displayName).thenComparing(Entry::patientId));
        return entries;
    }

    /** One connected patient's row. */
    Optional<Entry> one(UUID clinicianId, UUID patientId) {
        return of(clinicianId).stream().filter(entry -> entry.patientId().equals(patientId)).findFirst();
    }

    /**
     * Recomputes the rows whose facts changed since they were computed, or whose date has passed in the patient's
     * zone. Every node runs it; two nodes recomputing one row store the same figures (the version decides).
     */
    @Scheduled(fixedDelayString = "PT2S", initialDelayString = "PT5S")
    void refreshChanged() {
        record Due(UUID patientId, long version) {
        }
        List<Due> due = new ArrayList<>();
        jdbc.sql("""
                        select r.patient_id, r.version, r.computed_version, r.computed_for, p.time_zone
                        from caseload_row r join patient_profile p on p.patient_id = r.patient_id""")
                .query(rs -> {
                    LocalDate computedFor = rs.getObject("computed_for", LocalDate.class);
                    boolean changed = rs.getLong("version") != rs.getLong("computed_version");
                    if (due.size() < REFRESH_BATCH && (changed || computedFor == null
                            || computedFor.isBefore(LocalDate.now(clock.withZone(ZoneId.of(rs.getString("time_zone"))))))) {
                        due.add(new Due(rs.getObject("patient_id", UUID.class), rs.getLong("version")));
                    }
                });
        for (Due row : due) {
            try {
                recompute(row.patientId(), row.version());
            } catch (RuntimeException e) {
                log.warn("Caseload row of {} not recomputed: {}", row.patientId(), e.toString());
            }
        }
    }

    /**
     * Computes the patient's row from the read models and stores it as of {@code version} (the version read before
     * computing: a fact that arrives meanwhile raises the version again and the row stays due).
     */
    private Stored recompute(UUID patientId, Long version) {
        long asOf = version == null ? 0 : version;
        ZoneId zone = trends.zone(patientId);
        LocalDate today = trends.today(patientId);
        Instant acknowledgedThrough = jdbc.sql("""
                        select through_at from alert_acknowledgement where patient_id = ?
                        order by through_at desc fetch first 1 rows only""")
                .param(patientId).query((rs, n) -> Sql.instant(rs, "through_at")).optional().orElse(null);
        Instant since = acknowledgedThrough == null ? Instant.EPOCH : acknowledgedThrough;
        Set<care.backcare.tracker.health.RiskFactor> riskFactors = queries.query(new FetchHealthProfileQuery(patientId),
                ResponseTypes.instanceOf(HealthProfile.class)).join().riskFactors();
        List<CaseloadPolicy.Alert> redFlags = jdbc.sql("""
                        select recorded_at, red_flags from pain_log
                        where patient_id = ? and withdrawn_at is null and red_flags <> '' and recorded_at > ?""")
                .params(patientId, Sql.utc(since))
                .query((rs, n) -> new CaseloadPolicy.Alert(Sql.instant(rs, "recorded_at"),
                        RedFlagTriage.levelOf(flags(rs.getString("red_flags")), riskFactors).orElseThrow()))
                .list();
        List<Instant> sharp = jdbc.sql("""
                        select completed_at from session_log
                        where patient_id = ? and withdrawn_at is null and pain_during = 'SHARP' and local_date >= ?
                          and completed_at > ?""")
                .params(patientId, today.minusDays(CaseloadPolicy.SHARP_PAIN_DAYS), Sql.utc(since))
                .query((rs, n) -> Sql.instant(rs, "completed_at")).list();
        LastEntry last = lastEntry(patientId);
        Instant connectedAt = jdbc.sql("""
                        select connected_at from clinician_connection where patient_id = ? and disconnected_at is null
                        order by connected_at fetch first 1 rows only""")
                .param(patientId).query((rs, n) -> Sql.instant(rs, "connected_at")).optional().orElse(null);
        RecentFigures recent = trends.recent(patientId);
        CaseloadPolicy.Assessment assessment = CaseloadPolicy.assess(new CaseloadPolicy.Facts(zone, today, redFlags,
                sharp, recent, last.at(), last.date(), connectedAt));
        String reasons = assessment.reasons().stream().map(reason -> reason.code() + "@" + reason.at())
                .collect(Collectors.joining(";"));
        ChangeVerdict verdict = recent.change() == null ? ChangeVerdict.NOT_ENOUGH_DATA : recent.change().verdict();
        Double delta = recent.change() == null ? null : recent.change().delta();
        String painDays = painDays(patientId, today);
        Stored stored = new Stored(asOf, asOf, today, assessment.priority(), reasons, assessment.newestReasonAt(),
                last.at(), recent.adherence(), recent.painMean(), verdict, delta, painDays);
        int updated = jdbc.sql("""
                        update caseload_row set computed_version = ?, computed_for = ?, priority = ?, reasons = ?,
                               newest_reason_at = ?, last_entry_at = ?, adherence = ?, pain_mean = ?, verdict = ?, delta = ?,
                               pain_days = ?
                        where patient_id = ? and version = ?""")
                .params(asOf, today, stored.priority().name(), reasons, Sql.utc(stored.newestReasonAt()),
                        Sql.utc(stored.lastEntryAt()), stored.adherence(), stored.pain(), verdict.name(), delta, painDays,
                        patientId, asOf)
                .update();
        if (updated == 0 && version == null) {
            jdbc.sql("""
                            insert into caseload_row (patient_id, version, computed_version, computed_for, priority, reasons,
                                   newest_reason_at, last_entry_at, adherence, pain_mean, verdict, delta, pain_days)
                            values (?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(patientId, today, stored.priority().name(), reasons, Sql.utc(stored.newestReasonAt()),
                            Sql.utc(stored.lastEntryAt()), stored.adherence(), stored.pain(), verdict.name(), delta,
                            painDays)
                    .update();
        }
        return stored;
    }

    /** The mean of each day's entries (as the trends define a day's pain) on the 14 dates before today. */
    private String painDays(UUID patientId, LocalDate today) {
        java.util.Map<LocalDate, Double> means = new java.util.HashMap<>();
        jdbc.sql("""
                        select local_date, avg(score) as mean from pain_log
                        where patient_id = ? and withdrawn_at is null and local_date between ? and ?
                        group by local_date""")
                .params(patientId, today.minusDays(14), today.minusDays(1))
                .query(rs -> {
                    means.put(rs.getObject("local_date", LocalDate.class), rs.getDouble("mean"));
                });
        List<String> days = new ArrayList<>(14);
        for (LocalDate date = today.minusDays(14); date.isBefore(today); date = date.plusDays(1)) {
            Double mean = means.get(date);
            days.add(mean == null ? "" : String.valueOf(Math.round(mean * 10) / 10.0));
        }
        return String.join(",", days);
    }

    private record LastEntry(Instant at, LocalDate date) {
    }

    private LastEntry lastEntry(UUID patientId) {
        return jdbc.sql("""
                        select max(at) as at, max(day) as day from (
                          select max(completed_at) as at, max(local_date) as day from session_log
                            where patient_id = ? and withdrawn_at is null
                          union all
                          select max(recorded_at), max(local_date) from pain_log where patient_id = ? and withdrawn_at is null
                          union all
                          select max(recorded_at), max(rest_date) from rest_day_log where patient_id = ?
                        ) entries""")
                .params(patientId, patientId, patientId)
                .query((rs, n) -> new LastEntry(Sql.instant(rs, "at"),
                        rs.getObject("day", LocalDate.class)))
                .single();
    }

    private static Set<RedFlag> flags(String stored) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        Arrays.stream(stored.split(",")).filter(flag -> !flag.isBlank()).map(RedFlag::valueOf).forEach(flags::add);
        return flags;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("version"), rs.getLong("computed_version"),
                rs.getObject("computed_for", LocalDate.class),
                rs.getString("priority") == null ? null : CaseloadPriority.valueOf(rs.getString("priority")),
                rs.getString("reasons"),
                Sql.instant(rs, "newest_reason_at"),
                Sql.instant(rs, "last_entry_at"),
                rs.getObject("adherence", Double.class), rs.getObject("pain_mean", Double.class),
                rs.getString("verdict") == null ? null : ChangeVerdict.valueOf(rs.getString("verdict")),
                rs.getObject("delta", Double.class), rs.getString("pain_days"));
    }

    private static Entry entry(UUID patientId, String displayName, Instant connectedAt, Stored stored) {
        List<Reason> reasons = stored.reasons() == null || stored.reasons().isEmpty() ? List.of()
                : Arrays.stream(stored.reasons().split(";")).map(reason -> {
                    int at = reason.indexOf('@');
                    String when = reason.substring(at + 1);
                    return new Reason(CaseloadReason.valueOf(reason.substring(0, at)),
                            "null".equals(when) ? null : Instant.parse(when));
                }).toList();
        List<Double> painDays = stored.painDays() == null ? List.of()
                : Arrays.stream(stored.painDays().split(",", -1))
                .map(day -> day.isEmpty() ? null : Double.valueOf(day)).toList();
        return new Entry(patientId, displayName, connectedAt, stored.priority(), reasons, stored.lastEntryAt(),
                stored.adherence(), stored.pain(), new Change(stored.verdict(), stored.delta()), painDays);
    }

    private static Instant newestReasonAt(Entry entry) {
        return entry.reasons().stream().map(Reason::at).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }
}
