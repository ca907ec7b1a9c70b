package care.backcare.tracker.api.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The event store and the settings that keep it safe with several writers.
 *
 * <p><b>Gaps.</b> Global indexes are handed out when an event is inserted, not when its transaction
 * commits, so a tracking processor can see index n+1 before n; it remembers n as a gap and looks for
 * it again. Axon forgets a gap once it is older than {@code gapTimeout} (when it cleans gaps) or
 * further than {@code maxGapOffset} behind the head. An event that commits after its gap was forgotten
 * would never reach the read models, so:
 * <ul>
 *   <li>every transaction that appends events is limited to {@code tracker.event-store.max-transaction-duration}
 *       (20 s), counted from when Axon started or joined it, before any event got its index. The limit is
 *       checked just before the commit, on H2 and PostgreSQL alike, however the time was spent (one slow
 *       statement, many short ones, waits between them): an older transaction is rolled back instead, its
 *       command fails and nothing is acknowledged ({@link BoundedTransactionManager}). Transactions that
 *       append nothing (event processors, replays, token claims, snapshots) are not limited;</li>
 *   <li>on PostgreSQL every connection also carries server-side statement, lock and idle-in-transaction
 *       timeouts (application-postgres.yaml), so a stuck statement or an abandoned connection is ended
 *       by the server without waiting for the commit (server-side limits cost nothing per statement,
 *       unlike JDBC query timeouts, which arm a timer in the driver for every statement).</li>
 * </ul>
 * The guarantee is therefore: an event that commits does so at most 20 s after its global index was
 * taken, plus the time from that check to the end of the commit (the commit itself; a pause of the whole
 * process in between is the only thing that could stretch it). The gap timeout is 60 s, leaving 40 s for
 * that, and the offset covers far more events than the busiest node writes in that time: a gap is
 * forgotten only when its transaction has certainly rolled back or committed.
 */
@Configuration(proxyBeanMethods = false)
// Axon's own event-store auto-configuration steps back for the engine below, and registered these entities
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class EventStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(EventStoreConfig.class);

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          EntityManagerProvider entityManagerProvider,
                                          BoundedTransactionManager transactionManager,
                                          @Value("${tracker.event-store.gap-timeout:PT60S}") Duration gapTimeout,
                                          @Value("${tracker.event-store.max-gap-offset:1000000}") int maxGapOffset,
                                          @Value("${tracker.event-store.gap-cleaning-threshold:250}") int gapCleaningThreshold,
                                          @Value("${tracker.event-store.head-poll-interval:PT0.02S}") Duration headPollInterval,
                                          @Value("${tracker.event-store.batch-size:100}") int batchSize) {
        if (transactionManager.maxDuration().compareTo(gapTimeout) >= 0) {
            log.warn("tracker.event-store.max-transaction-duration ({}) is not below the gap timeout ({}): an event "
                    + "may commit after the tracking processor has given up on it", transactionManager.maxDuration(), gapTimeout);
        }
        return new TrackerEventStorageEngine(JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(maxGapOffset)
                .gapCleaningThreshold(gapCleaningThreshold)
                .batchSize(batchSize), headPollInterval, transactionManager::eventsAppended);
    }

    /** Axon's Spring transactions, limited in length when they append events (Axon's own steps back for it). */
    @Bean
    BoundedTransactionManager axonTransactionManager(
            PlatformTransactionManager transactionManager,
            @Value("${tracker.event-store.max-transaction-duration:PT20S}") Duration maxTransactionDuration) {
        return new BoundedTransactionManager(new SpringTransactionManager(transactionManager), maxTransactionDuration);
    }

    /**
     * Two nodes may hold the same patient in their caches; the second to append finds the sequence
     * number taken, its cached copy is dropped, and the command is tried again on fresh state. Only
     * such conflicts are retried: a refused command is refused for good.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("command-retry").daemon().factory());
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetryScheduler(retries, 8, 20))
                .build();
    }

    /**
     * Segments are claimed for {@code axon.eventhandling.tokenstore.claim-timeout} and the claims are
     * extended well within it; a node that dies releases nothing, so its segments are free for another
     * node once the timeout has passed, and the survivor looks for free segments every second
     * ({@code axon.eventhandling.processors.read-models.token-claim-interval}: Axon applies its properties
     * after this module, so the interval cannot be set here). Nodes that are all alive share the segments:
     * see {@link SegmentBalancer}.
     */
    @Bean
    ConfigurerModule readModelProcessorTuning(
            @Value("${tracker.processing.claim-extension:PT2S}") Duration claimExtension) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                "read-models", (config, builder) -> builder.claimExtensionThreshold(claimExtension.toMillis()));
    }
}
