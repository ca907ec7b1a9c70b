package care.backcare.tracker.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Every {@code tracker.*} setting outside the security package and the request limits ({@code RequestLimits}:
 * body sizes and write admission), with its default: here and nowhere else
 * (application.yaml sets none of them). docs/operations.md lists them with what they mean.
 *
 * @param snapshotThreshold a patient is snapshotted every this many events
 */
@ConfigurationProperties("tracker")
public record TrackerProperties(
        Integer snapshotThreshold,
        @DefaultValue Cache cache,
        @DefaultValue EventStore eventStore,
        @DefaultValue Processing processing) {

    public TrackerProperties {
        snapshotThreshold = snapshotThreshold != null ? snapshotThreshold : 100;
    }

    /**
     * The patients held between commands.
     *
     * @param events at most this many events' worth of patients in all (about 50 MB at the default)
     * @param idle   a patient not written for this long is dropped
     */
    public record Cache(Long events, Duration idle) {
        public Cache {
            events = events != null ? events : 500_000L;
            idle = idle != null ? idle : Duration.ofHours(1);
        }
    }

    /**
     * The event store (docs/adr/0002, 0003).
     *
     * @param maxTransactionDuration a transaction that appended events and is older than this at commit is rolled
     *                               back; must stay well below {@code gapTimeout}
     * @param gapTimeout             a tracking processor gives up on a missing global index after this
     * @param maxGapOffset           ... or when it is this many events behind the newest
     * @param gapCleaningThreshold   gaps are cleaned once a token holds this many
     * @param headPollInterval       a reader that reached the newest event reads again at most this often
     * @param batchSize              events read per query
     */
    public record EventStore(Duration maxTransactionDuration, Duration gapTimeout, Integer maxGapOffset,
                             Integer gapCleaningThreshold, Duration headPollInterval, Integer batchSize) {
        public EventStore {
            maxTransactionDuration = maxTransactionDuration != null ? maxTransactionDuration : Duration.ofSeconds(20);
            gapTimeout = gapTimeout != null ? gapTimeout : Duration.ofSeconds(60);
            maxGapOffset = maxGapOffset != null ? maxGapOffset : 1_000_000;
            gapCleaningThreshold = gapCleaningThreshold != null ? gapCleaningThreshold : 250;
            headPollInterval = headPollInterval != null ? headPollInterval : Duration.ofMillis(20);
            batchSize = batchSize != null ? batchSize : 100;
        }
    }

    /**
     * The {@code read-models} processor's segments and their sharing among nodes (docs/adr/0004).
     *
     * @param claimExtension    claims are extended this often (well within Axon's claim timeout)
     * @param heartbeatInterval each node records that it is alive this often
     * @param nodeTimeout       a node is alive while its last beat is younger than this; default: Axon's claim
     *                          timeout ({@code axon.eventhandling.tokenstore.claim-timeout})
     * @param rebalanceDelay    a node gives a surplus away after holding it this long (more than the claim
     *                          extension plus the heartbeat interval)
     * @param releaseFor        ... and stays away from it this long (more than the token claim interval)
     */
    public record Processing(Duration claimExtension, Duration heartbeatInterval, Duration nodeTimeout,
                             Duration rebalanceDelay, Duration releaseFor) {
        public Processing {
            claimExtension = claimExtension != null ? claimExtension : Duration.ofSeconds(2);
            heartbeatInterval = heartbeatInterval != null ? heartbeatInterval : Duration.ofSeconds(1);
            rebalanceDelay = rebalanceDelay != null ? rebalanceDelay : Duration.ofSeconds(4);
            releaseFor = releaseFor != null ? releaseFor : Duration.ofSeconds(5);
        }
    }
}
