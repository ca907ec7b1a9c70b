package care.backcare.tracker.api.data.protection;

import care.backcare.tracker.api.support.Sql;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Each patient's data key, in the {@code patient_key} table, wrapped by the master key. Erasure deletes the key
 * material (the row stays, with {@code erased_at}, so that nothing ever makes the patient a new key), which
 * makes every event and snapshot written under it unreadable wherever it is stored.
 */
@Component
public class PatientKeys implements DataKeys {

    /** What the table says about a patient: a key, or that they were erased (or nothing yet). */
    private sealed interface State permits Active, Erased {
    }

    private record Active(SecretKey key) implements State {
    }

    private record Erased() implements State {
    }

    private static final Erased ERASED = new Erased();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecretKey master;
    private final Clock clock;
    private final Cache<UUID, State> cache;

    PatientKeys(JdbcClient jdbc, PlatformTransactionManager transactions, DataProtectionProperties properties,
                @Value("${tracker.data-dir}") Path dataDirectory, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.master = MasterKey.load(properties, dataDirectory);
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.keyCacheSize())
                .expireAfterWrite(properties.keyCacheTtl())
                .build();
    }

    /** The key to read the patient's data with; empty once they have been erased (or if they never had one). */
    @Override
    public Optional<SecretKey> forReading(UUID patientId) {
        return state(patientId) instanceof Active active ? Optional.of(active.key()) : Optional.empty();
    }

    /**
     * The key to write the patient's data with, made on first use (in a transaction of its own, so a key once
     * used is never rolled back with the events around it); empty once they have been erased.
     */
    @Override
    public Optional<SecretKey> forWriting(UUID patientId) {
        State state = state(patientId);
        if (state == null) {
            state = ownTransaction.execute(status -> create(patientId));
            cache.put(patientId, state);
        }
        return state instanceof Active active ? Optional.of(active.key()) : Optional.empty();
    }

    public boolean isErased(UUID patientId) {
        return state(patientId) instanceof Erased;
    }

    /**
     * Deletes the key, in the caller's transaction; this node forgets it at once and again after the commit
     * (other nodes within {@code key-cache-ttl}).
     */
    public void shred(UUID patientId) {
        int updated = jdbc.sql("update patient_key set wrapped_key = null, erased_at = ? where patient_id = ?")
                .params(Sql.utc(clock.instant()), patientId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into patient_key (patient_id, wrapped_key, created_at, erased_at) values (?, null, ?, ?)")
                    .params(patientId, Sql.utc(clock.instant()), Sql.utc(clock.instant()))
                    .update();
        }
        cache.invalidate(patientId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(patientId);
                }
            });
        }
    }

    /**
     * Loaded and cached in one step (Caffeine's get with a loader), so a load that read the key just before an
     * erasure committed cannot put it back after the erasure cleared the cache.
     */
    private State state(UUID patientId) {
        return cache.get(patientId, id -> load(id).orElse(null));
    }

    private Optional<State> load(UUID patientId) {
        return jdbc.sql("select wrapped_key, erased_at from patient_key where patient_id = ?")
                .param(patientId)
                .query((rs, row) -> rs.getString("wrapped_key") == null ? (State) ERASED
                        : new Active(PayloadCipher.unwrap(master, patientId,
                        Base64.getDecoder().decode(rs.getString("wrapped_key")))))
                .optional();
    }

    private State create(UUID patientId) {
        byte[] wrapped = PayloadCipher.wrap(master, patientId, PayloadCipher.newKey());
        jdbc.sql("insert into patient_key (patient_id, wrapped_key, created_at) values (?, ?, ?) on conflict do nothing")
                .params(patientId, Base64.getEncoder().encodeToString(wrapped), Sql.utc(clock.instant()))
                .update();
        // another node may have made it first: theirs is the one
        return load(patientId).orElseThrow();
    }
}
