package care.backcare.tracker.api.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the segments of the {@code read-models} processor among the nodes that run it. Axon's pooled
 * processor claims every free segment it finds, so the first node to start takes them all and a node
 * started later finds none: it could only ever take over, never share the work. So every node records a
 * heartbeat in {@code processing_node}, counts the nodes seen within the claim timeout, and gives away what
 * it holds beyond its fair share (segments / live nodes, rounded up) with
 * {@link StreamingEventProcessor#releaseSegment(int, long, TimeUnit)}: it stays away from those segments for
 * {@code releaseFor}, long enough for another node to claim them, and takes them back if nobody did. A node
 * that dies stops beating and its claims expire: the survivors take its segments over as before.
 *
 * <p>A node gives a surplus away only after holding it for {@code rebalanceDelay} with the same nodes alive
 * all along. A survivor that has just claimed a dead node's segments may still see that node's last heartbeat
 * for a moment (a claim can expire up to a claim extension before the heartbeat does); without the delay it
 * would hand segments back to a node that is gone. The delay must therefore exceed the claim extension plus
 * the heartbeat interval.
 *
 * <p>A node's id is the owner name Axon's token store writes into {@code token_entry} ({@code pid@host}).
 * Time is the wall clock, as for Axon's claims (not the application's {@link Clock} bean, which tests stop).
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final String processorName = AxonConfig.READ_MODELS_GROUP;
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();
    private final Clock clock = Clock.systemUTC();
    private final Duration heartbeatInterval;
    private final Duration nodeTimeout;
    private final Duration rebalanceDelay;
    private final Duration releaseFor;

    private volatile ScheduledExecutorService executor;
    // touched by the executor's single thread only
    private Instant surplusSince;
    private Set<String> surplusAmong;
    private Instant lastPruned = Instant.EPOCH;

    SegmentBalancer(EventProcessingConfiguration processing, JdbcClient jdbc, TrackerProperties properties,
                    TokenStoreProperties tokenStore) {
        TrackerProperties.Processing settings = properties.processing();
        this.processing = processing;
        this.jdbc = jdbc;
        this.heartbeatInterval = settings.heartbeatInterval();
        this.nodeTimeout = settings.nodeTimeout() != null ? settings.nodeTimeout() : tokenStore.getClaimTimeout();
        this.rebalanceDelay = settings.rebalanceDelay();
        this.releaseFor = settings.releaseFor();
        Duration claimExtension = settings.claimExtension();
        if (rebalanceDelay.compareTo(claimExtension.plus(heartbeatInterval)) <= 0) {
            log.warn("tracker.processing.rebalance-delay ({}) should exceed the claim extension plus the heartbeat "
                    + "interval ({}): a survivor may hand segments back to a node that has just died",
                    rebalanceDelay, claimExtension.plus(heartbeatInterval));
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("segment-balancer").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::balance, 0, heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    /** Leaves at once, so the other nodes count one fewer and take back the segments this node releases. */
    @Override
    public void stop() {
        ScheduledExecutorService scheduler = executor;
        executor = null;
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            leave();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.debug("Could not remove the heartbeat of {} on the way out: {}", nodeId, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    void balance() {
        try {
            StreamingEventProcessor processor = processing
                    .eventProcessor(processorName, StreamingEventProcessor.class).orElse(null);
            if (processor == null || !processor.isRunning()) {
                // a stopped processor claims nothing: the other nodes must not save segments for it
                leave();
                surplusSince = null;
                return;
            }
            Instant now = clock.instant();
            beat(now);
            Set<String> live = liveNodes(now);
            int segments = jdbc.sql("select count(*) from token_entry where processor_name = ?")
                    .param(processorName).query(Integer.class).single();
            List<Integer> mine = processor.processingStatus().keySet().stream()
                    .sorted(Comparator.reverseOrder()).toList();
            int fairShare = (segments + live.size() - 1) / live.size();
            int surplus = mine.size() - fairShare;
            if (surplus <= 0) {
                surplusSince = null;
                return;
            }
            if (surplusSince == null || !live.equals(surplusAmong)) {
                surplusSince = now;
                surplusAmong = live;
                return;
            }
            if (Duration.between(surplusSince, now).compareTo(rebalanceDelay) < 0) {
                return;
            }
            List<Integer> released = mine.subList(0, surplus);
            log.info("Node {} holds segments {} of {} with {} nodes alive (fair share {}): releasing {} for {}",
                    nodeId, mine, segments, live.size(), fairShare, released, releaseFor);
            released.forEach(segment ->
                    processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS));
            surplusSince = null;
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next beat tries again
            log.warn("Segment balancing on {} failed: {}", nodeId, e.toString());
        }
    }

    private void beat(Instant now) {
        int updated = jdbc.sql("update processing_node set last_seen = ? where processor_name = ? and node_id = ?")
                .params(now.toEpochMilli(), processorName, nodeId).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into processing_node (processor_name, node_id, last_seen) values (?, ?, ?)")
                        .params(processorName, nodeId, now.toEpochMilli()).update();
            } catch (DuplicateKeyException sameNodeIdInAnotherContext) {
                // two application contexts in one JVM (tests) share a node id, as they share Axon's owner name
            }
        }
        if (Duration.between(lastPruned, now).compareTo(Duration.ofMinutes(1)) > 0) {
            jdbc.sql("delete from processing_node where last_seen < ?")
                    .param(now.minus(FORGET_AFTER).toEpochMilli()).update();
            lastPruned = now;
        }
    }

    private Set<String> liveNodes(Instant now) {
        Set<String> live = new HashSet<>(jdbc.sql(
                        "select node_id from processing_node where processor_name = ? and last_seen >= ?")
                .params(processorName, now.minus(nodeTimeout).toEpochMilli()).query(String.class).list());
        live.add(nodeId);
        return live;
    }

    private void leave() {
        jdbc.sql("delete from processing_node where processor_name = ? and node_id = ?")
                .params(processorName, nodeId).update();
    }
}
