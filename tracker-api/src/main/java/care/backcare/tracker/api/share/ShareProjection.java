package care.backcare.tracker.api.share;

import care.backcare.tracker.api.audit.AccessLog;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.share.FetchShareAccessesQuery;
import care.backcare.tracker.share.FetchSharesQuery;
import care.backcare.tracker.share.ShareAccess;
import care.backcare.tracker.share.ShareAccessedEvent;
import care.backcare.tracker.share.ShareExpiredEvent;
import care.backcare.tracker.share.ShareGrantedEvent;
import care.backcare.tracker.share.ShareRevokedEvent;
import care.backcare.tracker.share.ShareStatus;
import care.backcare.tracker.share.ShareSummary;
import care.backcare.tracker.share.SharedView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Share links, in the "access" group: a revocation is in this table in the same transaction as its event, so
 * the link stops working on the very next request. Their uses are in the access log (not rebuilt by a replay);
 * the first build's use events still reach it, once each.
 */
@Component
@ProcessingGroup("access")
class ShareProjection {

    /** What a token lookup needs; the status is decided against the clock at the moment of use. */
    record ShareLink(UUID shareId, UUID patientId, String tokenHash, Instant expiresAt, Instant revokedAt) {
        boolean isActiveAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    ShareProjection(JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @EventHandler
    void on(ShareGrantedEvent event) {
        jdbc.sql("""
                        insert into share_link (share_id, patient_id, recipient, token_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(event.shareId(), event.patientId(), Sql.text(event.recipient()), event.tokenHash(),
                        Sql.utc(event.grantedAt()), Sql.utc(event.expiresAt()))
                .update();
    }

    @EventHandler
    void on(ShareRevokedEvent event) {
        jdbc.sql("update share_link set revoked_at = ? where share_id = ? and patient_id = ? and revoked_at is null")
                .params(Sql.utc(event.revokedAt()), event.shareId(), event.patientId())
                .update();
    }

    @EventHandler
    void on(ShareExpiredEvent event) {
        jdbc.sql("update share_link set expired_at = ? where share_id = ? and patient_id = ? and expired_at is null")
                .params(Sql.utc(event.expiredAt()), event.shareId(), event.patientId())
                .update();
    }

    /** Uses recorded by the first build, as events: into the access log, once (a replay finds them there). */
    @EventHandler
    void on(ShareAccessedEvent event) {
        accessLog.record(event.accessId(), event.patientId(), AccessLog.ActorKind.SHARE_LINK, event.shareId(),
                event.accessedAt(), event.view().name(), event.detail(), null);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from share_link").update();
    }

    Optional<ShareLink> find(UUID shareId) {
        return jdbc.sql("select share_id, patient_id, token_hash, expires_at, revoked_at from share_link where share_id = ?")
                .param(shareId)
                .query((rs, row) -> new ShareLink(rs.getObject("share_id", UUID.class),
                        rs.getObject("patient_id", UUID.class), rs.getString("token_hash"),
                        Sql.instant(rs, "expires_at"), Sql.instant(rs, "revoked_at")))
                .optional();
    }

    /** Shares whose time has come but whose expiry is not yet recorded in the patient's history. */
    List<ShareLink> dueToExpire(Instant now, int limit) {
        return jdbc.sql("""
                        select share_id, patient_id, token_hash, expires_at, revoked_at from share_link
                        where expires_at <= ? and revoked_at is null and expired_at is null
                        order by expires_at fetch first ? rows only""")
                .params(Sql.utc(now), limit)
                .query((rs, row) -> new ShareLink(rs.getObject("share_id", UUID.class),
                        rs.getObject("patient_id", UUID.class), rs.getString("token_hash"),
                        Sql.instant(rs, "expires_at"), Sql.instant(rs, "revoked_at")))
                .list();
    }

    @QueryHandler
    List<ShareSummary> handle(FetchSharesQuery query) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select l.share_id, l.recipient, l.created_at, l.expires_at, l.revoked_at, l.expired_at,
                               count(a.access_id) as access_count, max(a.accessed_at) as last_accessed_at
                        from share_link l left join access_log a
                             on a.actor_kind = 'SHARE_LINK' and a.actor_id = l.share_id and a.patient_id = l.patient_id
                        where l.patient_id = ?
                        group by l.share_id, l.recipient, l.created_at, l.expires_at, l.revoked_at, l.expired_at
                        order by l.created_at desc, l.share_id""")
                .param(query.patientId())
                .query((rs, row) -> {
                    Instant expiresAt = Sql.instant(rs, "expires_at");
                    ShareStatus status = rs.getObject("revoked_at") != null ? ShareStatus.REVOKED
                            : rs.getObject("expired_at") != null || !now.isBefore(expiresAt) ? ShareStatus.EXPIRED
                            : ShareStatus.ACTIVE;
                    return new ShareSummary(rs.getObject("share_id", UUID.class), rs.getString("recipient"),
                            Sql.instant(rs, "created_at"), expiresAt, status, rs.getLong("access_count"),
                            Sql.instant(rs, "last_accessed_at"));
                })
                .list();
    }

    @QueryHandler
    List<ShareAccess> handle(FetchShareAccessesQuery query) {
        return accessLog.list(query.patientId(), AccessLog.ActorKind.SHARE_LINK, query.shareId(), query.before(),
                        query.limit()).stream()
                .map(access -> new ShareAccess(access.accessedAt(), SharedView.valueOf(access.viewed()), access.detail(),
                        access.client()))
                .toList();
    }

    boolean belongsTo(UUID shareId, UUID patientId) {
        return jdbc.sql("select count(*) from share_link where share_id = ? and patient_id = ?")
                .params(shareId, patientId).query(Long.class).single() > 0;
    }
}
