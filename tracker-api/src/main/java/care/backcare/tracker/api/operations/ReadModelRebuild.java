package care.backcare.tracker.api.operations;

import care.backcare.tracker.api.support.ReadModelReset;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds read models from the event store on a running deployment.
 *
 * <ul>
 *   <li>{@value #READ_MODELS} (tracking): its tokens are reset, its reset handlers empty its tables and
 *       the processor replays the whole history in the background while the API keeps serving.</li>
 *   <li>{@value #ACCESS} (subscribing, written with each command): replayed synchronously in one
 *       transaction that first locks its tables, so a token issued or revoked meanwhile waits and then
 *       applies on top of the rebuilt rows instead of being lost.</li>
 * </ul>
 */
@Component
public class ReadModelRebuild {

    public static final String READ_MODELS = "read-models";
    public static final String ACCESS = "access";
    static final List<String> ACCESS_TABLES = List.of("patient_profile", "personal_token", "share_link",
            "reminder_schedule", "calendar_feed");

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private static final int ACCESS_PAGE = 1_000;

    private final EventProcessingConfiguration processing;
    private final Serializer tokenSerializer;
    private final Serializer eventSerializer;
    private final EventUpcaster upcasters;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final ReadModelReset reset;

    ReadModelRebuild(EventProcessingConfiguration processing, @Qualifier("serializer") Serializer tokenSerializer,
                     @Qualifier("eventSerializer") Serializer eventSerializer,
                     org.axonframework.config.Configuration axon, PlatformTransactionManager transactionManager,
                     JdbcClient jdbc, ReadModelReset reset) {
        this.processing = processing;
        this.tokenSerializer = tokenSerializer;
        this.eventSerializer = eventSerializer;
        this.upcasters = axon.upcasterChain();
        // one transaction for the whole replay, far beyond the usual bound: it appends no events
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setTimeout((int) Duration.ofHours(1).toSeconds());
        this.jdbc = jdbc;
        this.reset = reset;
    }

    /**
     * Starts replaying the tracked read models; {@link #isCaughtUp()} tells when it is done.
     *
     * @throws IllegalStateException when another node still holds segments of the processor: it has
     *                               to be stopped there first (the processor keeps running here)
     */
    public void rebuildTracked() {
        StreamingEventProcessor processor = streaming();
        log.info("Rebuilding read models of processing group {} from the event store", READ_MODELS);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            throw new IllegalStateException("Another node still processes " + READ_MODELS
                    + ": stop it there first (POST /actuator/readmodels/stop), then rebuild here.", claimedElsewhere);
        } finally {
            processor.start();
        }
    }

    /**
     * Whether the tracked read models hold every event in the store: the processor runs here without error,
     * past any replay, and every segment's stored position (written in the same transaction as the rows of its
     * last batch, on whichever node owns it) has reached the newest event. Axon's own "caught up" flag is not
     * enough: it stays set once the head was reached, while events written since may still be on their way.
     */
    public boolean isCaughtUp() {
        StreamingEventProcessor processor = streaming();
        boolean runningWell = processor.isRunning() && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp() && replayDone(status) && !status.isErrorState());
        if (!runningWell) {
            return false;
        }
        Long head = head();
        List<StoredSegment> segments = storedSegments(READ_MODELS);
        return !segments.isEmpty() && (head == null
                || segments.stream().allMatch(segment -> segment.position() != null && segment.position() >= head));
    }

    /** A processor's segment as the token store holds it, whichever node owns it. */
    public record StoredSegment(int segment, String owner, Long position, Instant claimedAt) {

        /** Events written but not yet processed here; null when the segment has no position yet. */
        public Long lag(Long head) {
            return position == null || head == null ? null : Math.max(0, head - position);
        }
    }

    /** The global index of the newest event, or null when there is none. */
    public Long head() {
        return jdbc.sql("select max(global_index) from domain_event_entry").query(Long.class).optional().orElse(null);
    }

    /** Every segment of the processor in the token store, by segment number. */
    public List<StoredSegment> storedSegments(String processorName) {
        return jdbc.sql("""
                        select segment, owner, timestamp, token, token_type from token_entry
                        where processor_name = ? order by segment""")
                .param(processorName)
                .query((rs, row) -> new StoredSegment(rs.getInt("segment"), rs.getString("owner"),
                        position(rs.getBytes("token"), rs.getString("token_type")), Instant.parse(rs.getString("timestamp"))))
                .list();
    }

    /** The global index a stored tracking token has reached, or null (no token, or one without a position). */
    private Long position(byte[] token, String type) {
        TrackingToken tracking = token(token, type);
        return tracking != null && tracking.position().isPresent() ? tracking.position().getAsLong() : null;
    }

    /** The tracking tokens the token store holds for the processor, by segment (null for a segment without one). */
    public Map<Integer, TrackingToken> storedTokens(String processorName) {
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        jdbc.sql("select segment, token, token_type from token_entry where processor_name = ?")
                .param(processorName)
                .query(rs -> {
                    tokens.put(rs.getInt("segment"), token(rs.getBytes("token"), rs.getString("token_type")));
                });
        return tokens;
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
    }

    /** Axon stays "replaying" until an event past the reset point arrives; reaching the point is enough. */
    static boolean replayDone(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return true;
        }
        return status.getCurrentPosition().isPresent() && status.getResetPosition().isPresent()
                && status.getCurrentPosition().getAsLong() >= status.getResetPosition().getAsLong();
    }

    /**
     * Replays the history into the access tables; returns the number of events replayed. Only the events
     * of the types the access projections handle (registrations, tokens, shares: a few per patient) are
     * read, in order of their global index, so the tables are rebuilt in seconds however many sessions
     * and pain entries the store holds; the table lock is held only that long.
     */
    public long rebuildAccess() {
        EventHandlerInvoker invoker = processing.eventProcessor(ACCESS, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no subscribing processor " + ACCESS))
                .eventHandlerInvoker();
        log.info("Rebuilding read models of processing group {} from the event store", ACCESS);
        Long events = transaction.execute(status -> {
            lockAccessTables();
            invoker.performReset();
            List<String> types = jdbc.sql("select distinct payload_type from domain_event_entry").query(String.class)
                    .list().stream().filter(type -> invoker.canHandleType(payloadClass(type))).toList();
            long replayed = 0;
            long after = -1;
            List<TrackedEventData<?>> page;
            do {
                page = types.isEmpty() ? List.of() : accessEventsAfter(types, after);
                for (TrackedEventMessage<?> event : EventUtils.upcastAndDeserializeTrackedEvents(page.stream(),
                        eventSerializer, upcasters).toList()) {
                    replayed++;
                    DefaultUnitOfWork.startAndGet(event).execute(() -> {
                        try {
                            invoker.handle(event, Segment.ROOT_SEGMENT);
                        } catch (Exception e) {
                            throw new IllegalStateException("replaying into " + ACCESS + " failed", e);
                        }
                    });
                }
                if (!page.isEmpty()) {
                    after = ((GlobalSequenceTrackingToken) page.getLast().trackingToken()).getGlobalIndex();
                }
            } while (page.size() == ACCESS_PAGE);
            return replayed;
        });
        return events == null ? 0 : events;
    }

    private Class<?> payloadClass(String type) {
        return eventSerializer.classForType(new SimpleSerializedType(type, null));
    }

    private List<TrackedEventData<?>> accessEventsAfter(List<String> types, long after) {
        return jdbc.sql("""
                        select global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,
                               payload_type, payload_revision, payload, meta_data
                        from domain_event_entry where payload_type in (:types) and global_index > :after
                        order by global_index limit %d""".formatted(ACCESS_PAGE))
                .param("types", types)
                .param("after", after)
                .query((rs, row) -> new TrackedDomainEventData<>(
                        new GlobalSequenceTrackingToken(rs.getLong("global_index")),
                        new GenericDomainEventEntry<>(rs.getString("type"), rs.getString("aggregate_identifier"),
                                rs.getLong("sequence_number"), rs.getString("event_identifier"),
                                rs.getString("time_stamp"), rs.getString("payload_type"),
                                rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data"))))
                .list().stream().<TrackedEventData<?>>map(data -> data).toList();
    }

    private void lockAccessTables() {
        if (reset.isPostgres()) {
            jdbc.sql("lock table " + String.join(", ", ACCESS_TABLES) + " in exclusive mode").update();
        }
    }

    public List<EventTrackerStatus> trackedStatus() {
        return List.copyOf(streaming().processingStatus().values());
    }

    private StreamingEventProcessor streaming() {
        return processing.eventProcessor(READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + READ_MODELS));
    }
}
