package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientErasedEvent;
import care.backcare.tracker.api.data.protection.PayloadCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.util.UUID;

/**
 * The only place that knows the event store's tables (Axon's {@code domain_event_entry} and
 * {@code snapshot_event_entry}, as our Flyway scripts name them): at erasure, a patient's events stored before
 * encryption existed are encrypted in place under the key about to be destroyed, and the patient's snapshots are
 * deleted (they are derived, and the aggregate is rebuilt from its events). See docs/adr/0502.
 */
@Component
class StoredHistory {

    private static final String ERASED_TYPE = PatientErasedEvent.class.getName();

    private final JdbcClient jdbc;

    StoredHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Stored(long sequence, byte[] payload) {
    }

    /** Returns how many old, unencrypted events were encrypted now. */
    int sealPlaintextEvents(UUID patientId, SecretKey key) {
        var plaintext = jdbc.sql("""
                        select sequence_number, payload from domain_event_entry
                        where aggregate_identifier = ? and payload_type <> ?""")
                .params(patientId.toString(), ERASED_TYPE)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getBytes(2)))
                .list().stream()
                .filter(stored -> !PayloadCipher.isEncrypted(stored.payload()))
                .toList();
        for (Stored stored : plaintext) {
            jdbc.sql("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = ?")
                    .params(PayloadCipher.encrypt(patientId, key, stored.payload()), patientId.toString(), stored.sequence())
                    .update();
        }
        return plaintext.size();
    }

    int deleteSnapshots(UUID patientId) {
        return jdbc.sql("delete from snapshot_event_entry where aggregate_identifier = ?")
                .param(patientId.toString())
                .update();
    }
}
