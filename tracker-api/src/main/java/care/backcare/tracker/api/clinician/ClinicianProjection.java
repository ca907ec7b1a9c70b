package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.clinician.ClinicianConnectedEvent;
import care.backcare.tracker.clinician.ClinicianDisconnectedEvent;
import care.backcare.tracker.clinician.ClinicianProfile;
import care.backcare.tracker.clinician.ClinicianRegisteredEvent;
import care.backcare.tracker.clinician.FetchClinicianQuery;
import care.backcare.tracker.clinician.InviteCreatedEvent;
import care.backcare.tracker.clinician.InviteDeletedEvent;
import care.backcare.tracker.clinician.InviteRedeemedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who each clinician is, their invite codes and the patients who connected them. In the "access" group: written in
 * the command's transaction, so a code works (and stops working) at once and a disconnection holds from the next
 * request.
 */
@Component
@ProcessingGroup("access")
class ClinicianProjection {

    /** An invite as its clinician lists it. */
    record Invite(UUID inviteId, UUID clinicianId, String label, Instant createdAt, Instant expiresAt,
                  Instant redeemedAt, Instant deletedAt) {

        InviteStatus statusAt(Instant now) {
            if (deletedAt != null) {
                return InviteStatus.DELETED;
            }
            if (redeemedAt != null) {
                return InviteStatus.USED;
            }
            return now.isBefore(expiresAt) ? InviteStatus.OPEN : InviteStatus.EXPIRED;
        }
    }

    enum InviteStatus { OPEN, USED, EXPIRED, DELETED }

    /** A patient's clinician, current or former. */
    record Connection(UUID patientId, UUID clinicianId, Instant connectedAt, Instant disconnectedAt) {
    }

    private final JdbcClient jdbc;

    ClinicianProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClinicianRegisteredEvent event) {
        jdbc.sql("""
                        insert into clinician_profile (clinician_id, username, display_name, time_zone, profession, registered_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(event.clinicianId(), event.username(), event.displayName(), event.timeZone().getId(),
                        event.profession(), Sql.utc(event.registeredAt()))
                .update();
    }

    @EventHandler
    void on(InviteCreatedEvent event) {
        jdbc.sql("""
                        insert into clinician_invite (invite_id, clinician_id, label, code_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(event.inviteId(), event.clinicianId(), Sql.text(event.label()), event.codeHash(),
                        Sql.utc(event.createdAt()), Sql.utc(event.expiresAt()))
                .update();
    }

    @EventHandler
    void on(InviteDeletedEvent event) {
        jdbc.sql("update clinician_invite set deleted_at = ? where invite_id = ?")
                .params(Sql.utc(event.deletedAt()), event.inviteId()).update();
    }

    @EventHandler
    void on(InviteRedeemedEvent event) {
        jdbc.sql("update clinician_invite set redeemed_at = ? where invite_id = ?")
                .params(Sql.utc(event.redeemedAt()), event.inviteId()).update();
    }

    @EventHandler
    void on(ClinicianConnectedEvent event) {
        int updated = jdbc.sql("""
                        update clinician_connection set connected_at = ?, disconnected_at = null
                        where patient_id = ? and clinician_id = ? and connected_at < ?""")
                .params(Sql.utc(event.connectedAt()), event.patientId(), event.clinicianId(), Sql.utc(event.connectedAt()))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into clinician_connection (patient_id, clinician_id, connected_at)
                            values (?, ?, ?) on conflict do nothing""")
                    .params(event.patientId(), event.clinicianId(), Sql.utc(event.connectedAt()))
                    .update();
        }
    }

    @EventHandler
    void on(ClinicianDisconnectedEvent event) {
        jdbc.sql("""
                        update clinician_connection set disconnected_at = ?
                        where patient_id = ? and clinician_id = ? and connected_at <= ?""")
                .params(Sql.utc(event.disconnectedAt()), event.patientId(), event.clinicianId(),
                        Sql.utc(event.disconnectedAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from clinician_connection").update();
        jdbc.sql("delete from clinician_invite").update();
        jdbc.sql("delete from clinician_profile").update();
    }

    @QueryHandler
    Optional<ClinicianProfile> handle(FetchClinicianQuery query) {
        return jdbc.sql("""
                        select username, display_name, time_zone, profession, registered_at from clinician_profile
                        where clinician_id = ?""")
                .param(query.clinicianId())
                .query((rs, row) -> new ClinicianProfile(query.clinicianId(), rs.getString("username"),
                        rs.getString("display_name"), ZoneId.of(rs.getString("time_zone")), rs.getString("profession"),
                        Sql.instant(rs, "registered_at")))
                .optional();
    }

    Optional<ClinicianProfile> profile(UUID clinicianId) {
        return handle(new FetchClinicianQuery(clinicianId));
    }

    private static final String INVITE_COLUMNS =
            "invite_id, clinician_id, label, created_at, expires_at, redeemed_at, deleted_at";

    List<Invite> invites(UUID clinicianId) {
        return jdbc.sql("select " + INVITE_COLUMNS + " from clinician_invite where clinician_id = ? "
                        + "order by created_at desc, invite_id")
                .param(clinicianId).query((rs, row) -> invite(rs)).list();
    }

    Optional<Invite> invite(UUID clinicianId, UUID inviteId) {
        return jdbc.sql("select " + INVITE_COLUMNS + " from clinician_invite where clinician_id = ? and invite_id = ?")
                .params(clinicianId, inviteId).query((rs, row) -> invite(rs)).optional();
    }

    Optional<Invite> inviteByCodeHash(String codeHash) {
        return jdbc.sql("select " + INVITE_COLUMNS + " from clinician_invite where code_hash = ?")
                .param(codeHash).query((rs, row) -> invite(rs)).optional();
    }

    private static Invite invite(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Invite(rs.getObject("invite_id", UUID.class), rs.getObject("clinician_id", UUID.class),
                rs.getString("label"), Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"),
                rs.getObject("redeemed_at") == null ? null : Sql.instant(rs, "redeemed_at"),
                rs.getObject("deleted_at") == null ? null : Sql.instant(rs, "deleted_at"));
    }

    /** The connection in force between them, if there is one. */
    Optional<Connection> connection(UUID patientId, UUID clinicianId) {
        return jdbc.sql("""
                        select connected_at from clinician_connection
                        where patient_id = ? and clinician_id = ? and disconnected_at is null""")
                .params(patientId, clinicianId)
                .query((rs, row) -> new Connection(patientId, clinicianId, Sql.instant(rs, "connected_at"), null))
                .optional();
    }

    /** Whether the patient ever connected this clinician (connected now, or disconnected since). */
    boolean everConnected(UUID patientId, UUID clinicianId) {
        return jdbc.sql("select count(*) from clinician_connection where patient_id = ? and clinician_id = ?")
                .params(patientId, clinicianId).query(Long.class).single() > 0;
    }

    /** The clinicians a patient has connected now, oldest connection first. */
    List<Connection> connectionsOf(UUID patientId) {
        return jdbc.sql("""
                        select clinician_id, connected_at from clinician_connection
                        where patient_id = ? and disconnected_at is null order by connected_at, clinician_id""")
                .param(patientId)
                .query((rs, row) -> new Connection(patientId, rs.getObject("clinician_id", UUID.class),
                        Sql.instant(rs, "connected_at"), null))
                .list();
    }
}
