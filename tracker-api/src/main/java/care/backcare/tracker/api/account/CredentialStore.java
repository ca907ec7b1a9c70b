package care.backcare.tracker.api.account;

import care.backcare.tracker.api.security.PatientCredentials;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.support.Sql;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.UUID;

/** Usernames and password hashes: write-side state that never becomes part of the event history. */
@Repository
public class CredentialStore implements PatientCredentials {

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the username; the unique key settles a race between two registrations. */
    /** The same for either kind of account: one namespace. */
    void claim(String username, UUID accountId, String passwordHash, Instant at, PatientPrincipal.Role role) {
        try {
            jdbc.sql("insert into credential (username, patient_id, password_hash, created_at, role) values (?, ?, ?, ?, ?)")
                    .params(username, accountId, passwordHash, Sql.utc(at), role.name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException();
        }
    }

    boolean isTaken(String username) {
        return jdbc.sql("select count(*) from credential where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    @Override
    public int credentialEpoch(UUID patientId) {
        return jdbc.sql("select credential_epoch from credential where patient_id = ?").param(patientId)
                .query(Integer.class).optional().orElse(0);
    }

    String passwordHash(UUID patientId) {
        return jdbc.sql("select password_hash from credential where patient_id = ?").param(patientId)
                .query(String.class).optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Replaces the hash; signing out everywhere also raises the epoch. Returns the epoch now in force. */
    int changePassword(UUID patientId, String passwordHash, boolean signOutEverywhere) {
        jdbc.sql("update credential set password_hash = ?, credential_epoch = credential_epoch + ? where patient_id = ?")
                .params(passwordHash, signOutEverywhere ? 1 : 0, patientId)
                .update();
        return credentialEpoch(patientId);
    }

    @Override
    public PatientUser loadUserByUsername(String username) {
        return jdbc.sql("select patient_id, password_hash, role from credential where username = ?")
                .param(username)
                .query((rs, row) -> new PatientUser(rs.getObject("patient_id", UUID.class), username,
                        rs.getString("password_hash"), PatientPrincipal.Role.valueOf(rs.getString("role"))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
