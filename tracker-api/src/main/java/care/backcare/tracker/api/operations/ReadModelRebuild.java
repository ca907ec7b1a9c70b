package care.backcare.tracker.api.operations;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

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
    static final List<String> ACCESS_TABLES = List.of("patient_profile", "personal_token", "share_link", "share_access");

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    ReadModelRebuild(EventProcessingConfiguration processing, EventStore eventStore,
                     PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.processing = processing;
        this.eventStore = eventStore;
        // one transaction for the whole replay, far beyond the usual bound: it appends no events
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setTimeout((int) Duration.ofHours(1).toSeconds());
        this.jdbc = jdbc;
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

    public boolean isCaughtUp() {
        StreamingEventProcessor processor = streaming();
        return processor.isRunning() && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                .allMatch(status -> status.isCaughtUp() && replayDone(status) && !status.isErrorState());
    }

    /** Axon stays "replaying" until an event past the reset point arrives; reaching the point is enough. */
    static boolean replayDone(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return true;
        }
        return status.getCurrentPosition().isPresent() && status.getResetPosition().isPresent()
                && status.getCurrentPosition().getAsLong() >= status.getResetPosition().getAsLong();
    }

    /** Replays the whole history into the access tables; returns the number of events read. */
    public long rebuildAccess() {
        EventHandlerInvoker invoker = processing.eventProcessor(ACCESS, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no subscribing processor " + ACCESS))
                .eventHandlerInvoker();
        log.info("Rebuilding read models of processing group {} from the event store", ACCESS);
        Long events = transaction.execute(status -> {
            lockAccessTables();
            invoker.performReset();
            long read = 0;
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
                while (stream.hasNextAvailable()) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    read++;
                    if (invoker.canHandle(event, Segment.ROOT_SEGMENT)) {
                        DefaultUnitOfWork.startAndGet(event).execute(() -> {
                            try {
                                invoker.handle(event, Segment.ROOT_SEGMENT);
                            } catch (Exception e) {
                                throw new IllegalStateException("replaying into " + ACCESS + " failed", e);
                            }
                        });
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while replaying " + ACCESS, e);
            }
            return read;
        });
        return events == null ? 0 : events;
    }

    private void lockAccessTables() {
        String database = jdbc.sql("select 1").query((rs, row) ->
                rs.getStatement().getConnection().getMetaData().getDatabaseProductName()).single();
        if ("PostgreSQL".equals(database)) {
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
