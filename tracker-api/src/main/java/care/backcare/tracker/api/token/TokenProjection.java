package care.backcare.tracker.api.token;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.PersonalTokenAuthenticator;
import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.token.FetchPersonalTokensQuery;
import care.backcare.tracker.clinician.ClinicianTokenIssuedEvent;
import care.backcare.tracker.clinician.ClinicianTokenRevokedEvent;
import care.backcare.tracker.token.PersonalTokenIssuedEvent;
import care.backcare.tracker.token.PersonalTokenRevokedEvent;
import care.backcare.tracker.token.PersonalTokenSummary;
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
 * Personal tokens, in the "access" group: written in the same transaction as the command, so a
 * new token works on the very next request and a revoked one fails on it. An expired token fails
 * like a revoked one and leaves the list; tokens issued before v1.1 expire a year after issue.
 */
@Component
@ProcessingGroup("access")
class TokenProjection implements PersonalTokenAuthenticator {

    static final SecretTokens FORMAT = new SecretTokens("bct");

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenProjection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(PersonalTokenIssuedEvent event) {
        issued(event.tokenId(), event.patientId(), event.name(), event.tokenHash(), event.issuedAt(), event.effectiveExpiry());
    }

    @EventHandler
    void on(PersonalTokenRevokedEvent event) {
        revoked(event.tokenId(), event.patientId(), event.revokedAt());
    }

    /** A clinician's tokens go in the same table, under the clinician's account id. */
    @EventHandler
    void on(ClinicianTokenIssuedEvent event) {
        issued(event.tokenId(), event.clinicianId(), event.name(), event.tokenHash(), event.issuedAt(), event.expiresAt());
    }

    @EventHandler
    void on(ClinicianTokenRevokedEvent event) {
        revoked(event.tokenId(), event.clinicianId(), event.revokedAt());
    }

    private void issued(UUID tokenId, UUID ownerId, String name, String tokenHash, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                        insert into personal_token (token_id, patient_id, name, token_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(tokenId, ownerId, Sql.text(name), tokenHash, Sql.utc(issuedAt), Sql.utc(expiresAt))
                .update();
    }

    private void revoked(UUID tokenId, UUID ownerId, Instant revokedAt) {
        jdbc.sql("update personal_token set revoked_at = ? where token_id = ? and patient_id = ? and revoked_at is null")
                .params(Sql.utc(revokedAt), tokenId, ownerId)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from personal_token").update();
    }

    @QueryHandler
    List<PersonalTokenSummary> handle(FetchPersonalTokensQuery query) {
        return jdbc.sql("""
                        select token_id, name, created_at, expires_at from personal_token
                        where patient_id = ? and revoked_at is null and expires_at > ? order by created_at, token_id""")
                .params(query.patientId(), Sql.utc(clock.instant()))
                .query((rs, row) -> new PersonalTokenSummary(rs.getObject("token_id", UUID.class),
                        rs.getString("name"), Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at")))
                .list();
    }

    private record StoredToken(UUID accountId, String username, String hash, PatientPrincipal.Role role) {
    }

    @Override
    public Optional<PatientPrincipal> authenticate(String token) {
        return FORMAT.parse(token).flatMap(presented -> jdbc.sql("""
                        select t.patient_id, t.token_hash, coalesce(p.username, c.username) as username,
                               c.clinician_id from personal_token t
                        left join patient_profile p on p.patient_id = t.patient_id
                        left join clinician_profile c on c.clinician_id = t.patient_id
                        where t.token_id = ? and t.revoked_at is null and t.expires_at > ?
                          and (p.patient_id is not null or c.clinician_id is not null)""")
                .params(presented.id(), Sql.utc(clock.instant()))
                .query((rs, row) -> new StoredToken(rs.getObject("patient_id", UUID.class), rs.getString("username"),
                        rs.getString("token_hash"), rs.getObject("clinician_id") == null
                        ? PatientPrincipal.Role.PATIENT : PatientPrincipal.Role.CLINICIAN))
                .optional()
                .filter(stored -> SecretTokens.matches(presented.secret(), stored.hash()))
                .map(stored -> new PatientPrincipal(stored.accountId(), stored.username(),
                        PatientPrincipal.Method.PERSONAL_TOKEN, stored.role())));
    }
}
