package care.backcare.tracker.api.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Axon's JDBC event storage, with two additions; everything else (aggregate streams, snapshots, gap
 * tracking and cleaning, batched inserts) is Axon's own, and the gap query is a statement hook
 * ({@link EventStoreStatements}).
 *
 * <ul>
 *   <li><b>Polling at the head.</b> Axon's event producer reads again as soon as a read returned
 *       anything, so under steady writes it queried the store once or twice per event (a transaction
 *       each). A reader that has reached the head comes back at most every {@code headPollInterval}, and
 *       then takes everything written meanwhile in one query; a reader that is behind (a replay) reads on
 *       without pause. See docs/adr/0003-paced-head-polling.md.</li>
 *   <li><b>Bounded transactions.</b> The transaction manager is told before events are appended, so the
 *       transaction is rolled back at commit when it has been open too long
 *       (docs/adr/0002-bounded-transactions.md).</li>
 * </ul>
 */
final class TrackerEventStorageEngine extends JdbcEventStorageEngine {

    private final long headPollIntervalNanos;
    private final Runnable beforeAppend;
    /** Per reading thread: when its last read came back short, i.e. reached the head of the store. */
    private final ThreadLocal<Long> reachedHeadAt = new ThreadLocal<>();

    TrackerEventStorageEngine(JdbcEventStorageEngine.Builder builder, Duration headPollInterval, Runnable beforeAppend) {
        super(builder);
        this.headPollIntervalNanos = headPollInterval.toNanos();
        this.beforeAppend = beforeAppend;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        Long reachedHead = reachedHeadAt.get();
        if (reachedHead != null) {
            long wait = reachedHead + headPollIntervalNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        List<? extends TrackedEventData<?>> events = super.fetchTrackedEvents(lastToken, batchSize);
        if (events.size() < batchSize) {
            reachedHeadAt.set(System.nanoTime());
        } else {
            reachedHeadAt.remove();
        }
        return events;
    }

    /** Runs in the unit of work's transaction, which Axon has started before the events are committed. */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (!events.isEmpty()) {
            beforeAppend.run();
        }
        super.appendEvents(events, serializer);
    }
}
