package care.backcare.tracker.api.data.protection;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * For tests that read the event store from outside the server (a crash or two-node run): opens stored payloads
 * the way the server does, with the master key a server generated in its data directory and each patient's
 * wrapped data key. Plain (pre-v1.1) payloads are returned as they are.
 */
public final class StoredPayloads {

    private final JdbcClient jdbc;
    private final SecretKey master;
    private final Map<UUID, SecretKey> keys = new HashMap<>();

    private StoredPayloads(JdbcClient jdbc, SecretKey master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    /** With the master key of the servers that ran with {@code dataDirectory} (their {@code master.key}). */
    public static StoredPayloads opener(JdbcClient jdbc, Path dataDirectory) {
        return new StoredPayloads(jdbc, MasterKey.load(new DataProtectionProperties(null, null, null, 0), dataDirectory));
    }

    /** The payload's JSON. */
    public String json(byte[] stored) {
        if (!PayloadCipher.isEncrypted(stored)) {
            return new String(stored, StandardCharsets.UTF_8);
        }
        UUID owner = PayloadCipher.owner(stored);
        SecretKey key = keys.computeIfAbsent(owner, patientId -> PayloadCipher.unwrap(master, patientId,
                Base64.getDecoder().decode(jdbc.sql("select wrapped_key from patient_key where patient_id = ?")
                        .param(patientId).query(String.class).single())));
        return new String(PayloadCipher.decrypt(key, stored), StandardCharsets.UTF_8);
    }
}
