package care.backcare.tracker.api.support;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The writes of the read-model projections, gathered over an event processor's batch and sent when
 * the batch commits: one JDBC batch per statement, then each follow-up once for all the keys the batch
 * touched. Replaying a million events is then a few thousand round trips instead of several million,
 * and under load a batch of a hundred sessions costs about what one did.
 *
 * <p>Statements run in the order they first appeared in the batch, follow-ups after all of them. They
 * run in the batch's transaction, before its token is stored: a failure rolls back the whole batch,
 * which is then processed again. Outside a unit of work (a handler called directly) each write runs
 * at once.
 */
@Component
public class BatchedWrites {

    private static final String RESOURCE = BatchedWrites.class.getName();

    private final JdbcTemplate jdbc;

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An insert or update, sent with the others of its statement at the batch's commit. */
    public void add(String sql, Object... parameters) {
        Batch batch = current();
        if (batch == null) {
            jdbc.update(sql, parameters);
        } else {
            batch.rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(parameters);
        }
    }

    /**
     * Work to do once per batch after its rows are written, given every distinct key registered for it
     * during the batch (the weeks whose tallies need recomputing, for instance).
     */
    public <K> void afterRows(FollowUp<K> followUp, K key) {
        Batch batch = current();
        if (batch == null) {
            followUp.action().accept(List.of(key));
        } else {
            @SuppressWarnings("unchecked")
            Set<K> keys = (Set<K>) batch.followUps.computeIfAbsent(followUp, f -> new LinkedHashSet<>());
            keys.add(key);
        }
    }

    /** A named follow-up; declare it once, as a constant of the projection. */
    public record FollowUp<K>(String name, Consumer<List<K>> action) {

        @Override
        public boolean equals(Object other) {
            return other instanceof FollowUp<?> that && that.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    private Batch current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> {
            Batch batch = new Batch();
            unitOfWork.onPrepareCommit(u -> batch.write());
            return batch;
        });
    }

    private final class Batch {

        private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        private final Map<FollowUp<?>, Set<?>> followUps = new LinkedHashMap<>();

        void write() {
            rows.forEach(jdbc::batchUpdate);
            followUps.forEach(this::run);
        }

        @SuppressWarnings("unchecked")
        private <K> void run(FollowUp<K> followUp, Set<?> keys) {
            followUp.action().accept(List.copyOf((Set<K>) keys));
        }
    }
}
