package care.backcare.tracker.api.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The event store and the settings that keep it safe with several writers.
 *
 * <p><b>Gaps.</b> Global indexes are handed out when an event is inserted, not when its transaction
 * commits, so a tracking processor can see index n+1 before n; it remembers n as a gap and looks for
 * it again. Axon forgets a gap once it is older than {@code gapTimeout} (when it cleans gaps) or
 * further than {@code maxGapOffset} behind the head. On PostgreSQL every connection carries server-side
 * statement, lock and idle-in-transaction timeouts (application-postgres.yaml): a transaction that
 * appended an event either commits promptly or is aborted by the server, so no event can commit more
 * than about 15 seconds after its index was handed out. The gap timeout is four times that, and the
 * offset covers far more events than the busiest node writes in that time: a gap is forgotten only
 * when its transaction has certainly rolled back. (Server-side limits cost nothing per statement,
 * unlike JDBC query timeouts, which arm a timer in the driver for every statement.)
 */
@Configuration(proxyBeanMethods = false)
// Axon's own event-store auto-configuration steps back for the engine below, and registered these entities
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class EventStoreConfig {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          EntityManagerProvider entityManagerProvider,
                                          TransactionManager transactionManager,
                                          @Value("${tracker.event-store.gap-timeout:PT60S}") Duration gapTimeout,
                                          @Value("${tracker.event-store.max-gap-offset:1000000}") int maxGapOffset,
                                          @Value("${tracker.event-store.gap-cleaning-threshold:250}") int gapCleaningThreshold,
                                          @Value("${tracker.event-store.head-poll-interval:PT0.02S}") Duration headPollInterval,
                                          @Value("${tracker.event-store.batch-size:100}") int batchSize) {
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
                .batchSize(batchSize), headPollInterval);
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
     * node once the timeout has passed, and the survivor looks for free segments every second.
     */
    @Bean
    ConfigurerModule readModelProcessorTuning(
            @Value("${tracker.processing.claim-extension:PT2S}") Duration claimExtension,
            @Value("${tracker.processing.token-claim-interval:PT1S}") Duration tokenClaimInterval) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                "read-models", (config, builder) -> builder
                        .claimExtensionThreshold(claimExtension.toMillis())
                        .tokenClaimInterval(tokenClaimInterval.toMillis()));
    }
}
