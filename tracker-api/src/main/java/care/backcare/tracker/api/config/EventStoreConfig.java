package care.backcare.tracker.api.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
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
// Axon's JDBC auto-configuration looks for a DataSource before Spring Boot 4 has made one, and steps back:
// its few beans are made here
@EnableConfigurationProperties(TokenStoreProperties.class)
class EventStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(EventStoreConfig.class);

    /** Axon's JDBC engine on the tables the first (JPA) build created: snake_case names, one schema for both. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Connections of the Spring transaction in progress: the read side and the event store share it. */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Tells a duplicate key (two writers appending the same sequence number to one aggregate) from other failures,
     * by SQL state: 23505, unique violation, on PostgreSQL and H2 alike. Axon then answers with a concurrency
     * conflict, which the command is retried after ({@link ConflictRetryScheduler}). Axon's own
     * {@code JdbcSQLErrorCodesResolver} recognises only {@code SQLIntegrityConstraintViolationException}, which H2
     * throws and PostgreSQL's driver does not: there the conflict was a 500.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return EventStoreConfig::isDuplicateKey;
    }

    static boolean isDuplicateKey(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException next = sql; next != null; next = next.getNextException()) {
                    if ("23505".equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          TokenStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .contentType(byte[].class)
                .claimTimeout(properties.getClaimTimeout())
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          BoundedTransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          TrackerProperties properties) {
        TrackerProperties.EventStore settings = properties.eventStore();
        Duration gapTimeout = settings.gapTimeout();
        if (transactionManager.maxDuration().compareTo(gapTimeout) >= 0) {
            log.warn("tracker.event-store.max-transaction-duration ({}) is not below the gap timeout ({}): an event "
                    + "may commit after the tracking processor has given up on it", transactionManager.maxDuration(), gapTimeout);
        }
        return new TrackerEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .readEventDataWithGaps(EventStoreStatements::readEventDataWithGaps)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .maxGapOffset(settings.maxGapOffset())
                .gapCleaningThreshold(settings.gapCleaningThreshold())
                .batchSize(settings.batchSize()), settings.headPollInterval(), transactionManager::eventsAppended);
    }

    /** Axon's Spring transactions, limited in length when they append events (Axon's own steps back for it). */
    @Bean
    BoundedTransactionManager axonTransactionManager(
            PlatformTransactionManager transactionManager, TrackerProperties properties) {
        return new BoundedTransactionManager(new SpringTransactionManager(transactionManager),
                properties.eventStore().maxTransactionDuration());
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
    ConfigurerModule readModelProcessorTuning(TrackerProperties properties) {
        long claimExtension = properties.processing().claimExtension().toMillis();
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                "read-models", (config, builder) -> builder.claimExtensionThreshold(claimExtension));
    }
}
