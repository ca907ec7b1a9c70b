package care.backcare.tracker.api.config;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Axon's JPA event storage on the {@code domain_event_entry} table, with two changes where it was
 * measured to spend most of the time; everything else (aggregate streams, snapshots, gap tracking
 * and cleaning) is Axon's own.
 *
 * <ul>
 *   <li><b>Reading the stream with gaps.</b> Axon asks for {@code globalIndex > :token OR globalIndex
 *       IN :gaps ORDER BY globalIndex LIMIT n}. PostgreSQL cannot bound that scan by either condition,
 *       so it walks the whole primary key from the first event and filters: 70 ms per batch at 120,000
 *       events, growing with the store, on every poll of the tracking processor whenever a gap is open
 *       (a write that is still committing, or a rolled-back one for up to the gap timeout). Here the
 *       gaps and the events after the token are two indexed lookups, merged: the same rows in the same
 *       order, at a cost that does not grow with history.</li>
 *   <li><b>Polling at the head.</b> Axon's event producer reads again as soon as a read returned
 *       anything, so under steady writes it queried the store once or twice per event (a transaction
 *       each), a tenth of the server's CPU. A reader that has reached the head now comes back at most
 *       every {@code headPollInterval}, and then takes everything written meanwhile in one query; a
 *       reader that is behind (a replay) reads on without pause.</li>
 *   <li><b>Appending.</b> New events are written by a prepared JDBC insert on the entity manager's own
 *       connection (so in the unit of work's transaction) instead of Hibernate's persist, which for an
 *       identity key costs the whole entity-insert machinery and a {@code returning} of a key nobody
 *       reads, on every command. Duplicate keys (two nodes appending to the same patient) are still
 *       reported as Axon's concurrency exception, so conflicts are retried as before.</li>
 * </ul>
 */
final class TrackerEventStorageEngine extends JpaEventStorageEngine {

    private static final String SELECT_EVENTS = """
            SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, e.timeStamp,
                   e.payloadType, e.payloadRevision, e.payload, e.metaData FROM %s e\s""";

    private static final String INSERT = """
            insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final long headPollIntervalNanos;
    /** Told before each append, so that the transaction's length is limited (see BoundedTransactionManager). */
    private final Runnable beforeAppend;
    /** Per reading thread: when its last read came back short, i.e. reached the head of the store. */
    private final ThreadLocal<Long> reachedHeadAt = new ThreadLocal<>();

    TrackerEventStorageEngine(JpaEventStorageEngine.Builder builder, Duration headPollInterval, Runnable beforeAppend) {
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

    /**
     * The events after the token and the events that have since filled its gaps, in order of global index,
     * at most a batch. Gaps always lie below the token's index, so the filled gaps come first.
     */
    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        List<Object[]> events = new ArrayList<>(entityManager()
                .createQuery(SELECT_EVENTS.formatted(domainEventEntryEntityName())
                        + "WHERE e.globalIndex IN :gaps ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("gaps", token.getGaps())
                .setMaxResults(batchSize())
                .getResultList());
        if (events.size() < batchSize()) {
            events.addAll(entityManager()
                    .createQuery(SELECT_EVENTS.formatted(domainEventEntryEntityName())
                            + "WHERE e.globalIndex > :token ORDER BY e.globalIndex ASC", Object[].class)
                    .setParameter("token", token.getIndex())
                    .setMaxResults(batchSize() - events.size())
                    .getResultList());
        }
        return events;
    }

    /** Runs in the unit of work's transaction, which Axon has started before the events are committed. */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        beforeAppend.run();
        List<DomainEventEntry> entries = events.stream()
                .map(event -> new DomainEventEntry(asDomainEventMessage(event), serializer))
                .toList();
        try {
            entityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (DomainEventEntry entry : entries) {
                        insert.setString(1, entry.getAggregateIdentifier());
                        insert.setLong(2, entry.getSequenceNumber());
                        insert.setString(3, entry.getType());
                        insert.setString(4, entry.getEventIdentifier());
                        insert.setString(5, DateTimeUtils.formatInstant(entry.getTimestamp()));
                        insert.setString(6, entry.getPayload().getType().getName());
                        insert.setString(7, entry.getPayload().getType().getRevision());
                        insert.setBytes(8, entry.getPayload().getData());
                        insert.setBytes(9, entry.getMetaData().getData());
                        if (entries.size() > 1) {
                            insert.addBatch();
                        }
                    }
                    if (entries.size() > 1) {
                        insert.executeBatch();
                    } else {
                        insert.executeUpdate();
                    }
                }
            });
        } catch (RuntimeException e) {
            handlePersistenceException(e, events.getFirst());
        }
    }
}
