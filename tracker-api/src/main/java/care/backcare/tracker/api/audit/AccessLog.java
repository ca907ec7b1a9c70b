package care.backcare.tracker.api.audit;

import care.backcare.tracker.api.support.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who looked at a patient's data: written in the request's transaction before the data is served, so nothing is
 * shown that is not logged, and never appended to the patient's event stream, where a read would queue behind the
 * patient's writes and swell the aggregate (docs/adr/0005-accesses-are-an-audit-log.md).
 */
@Component
public class AccessLog {

    /** Who looked. */
    public enum ActorKind { SHARE_LINK, CLINICIAN }

    /** One access, newest first when listed. */
    public record Access(UUID accessId, Instant accessedAt, String viewed, String detail, String client) {
    }

    /** Later than any access, for the first page. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID patientId, ActorKind kind, UUID actorId, String viewed, String detail, String client) {
        record(UUID.randomUUID(), patientId, kind, actorId, clock.instant(), viewed, detail, client);
    }

    /** Idempotent by {@code accessId}: the first build's access events, replayed, write their rows once. */
    @Transactional
    public void record(UUID accessId, UUID patientId, ActorKind kind, UUID actorId, Instant at, String viewed,
                       String detail, String client) {
        jdbc.sql("""
                        insert into access_log (access_id, patient_id, actor_kind, actor_id, accessed_at, viewed, detail, client)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(accessId, patientId, kind.name(), actorId, Sql.utc(at), viewed, Sql.text(detail), client)
                .update();
    }

    /** The same view of many patients at once (a caseload), in one batch. */
    @Transactional
    public void recordAll(List<UUID> patientIds, ActorKind kind, UUID actorId, String viewed, String client) {
        if (patientIds.isEmpty()) {
            return;
        }
        Object at = Sql.utc(clock.instant());
        // one multi-row statement per hundred patients: a caseload of 200 is two round trips, not 200
        for (int from = 0; from < patientIds.size(); from += 100) {
            List<UUID> chunk = patientIds.subList(from, Math.min(patientIds.size(), from + 100));
            List<Object> values = new java.util.ArrayList<>(chunk.size() * 7);
            for (UUID patientId : chunk) {
                values.addAll(java.util.Arrays.asList(UUID.randomUUID(), patientId, kind.name(), actorId, at, viewed,
                        client));
            }
            jdbc.sql("insert into access_log (access_id, patient_id, actor_kind, actor_id, accessed_at, viewed, client) "
                            + "values " + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                    .params(values)
                    .update();
        }
    }

    /** How often one actor looked at a patient, and when last; (0, null) when never. */
    public record Tally(long count, Instant last) {
    }

    public Tally tally(UUID patientId, ActorKind kind, UUID actorId) {
        return jdbc.sql("""
                        select count(*) as n, max(accessed_at) as last_at from access_log
                        where patient_id = ? and actor_kind = ? and actor_id = ?""")
                .params(patientId, kind.name(), actorId)
                .query((rs, row) -> new Tally(rs.getLong("n"), Sql.instant(rs, "last_at")))
                .single();
    }

    /** At most {@code limit} accesses by one actor to one patient, newest first, older than {@code before} if given. */
    public List<Access> list(UUID patientId, ActorKind kind, UUID actorId, Instant before, int limit) {
        return jdbc.sql("""
                        select access_id, accessed_at, viewed, detail, client from access_log
                        where patient_id = ? and actor_kind = ? and actor_id = ? and accessed_at < ?
                        order by accessed_at desc, access_id fetch first ? rows only""")
                .params(patientId, kind.name(), actorId, Sql.utc(before == null ? END_OF_TIME : before), limit)
                .query((rs, row) -> new Access(rs.getObject("access_id", UUID.class), Sql.instant(rs, "accessed_at"),
                        rs.getString("viewed"), rs.getString("detail"), rs.getString("client")))
                .list();
    }
}
