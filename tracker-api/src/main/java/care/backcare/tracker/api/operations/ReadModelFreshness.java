package care.backcare.tracker.api.operations;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Whether the tracked read models already hold the whole of one patient's history, which is what makes a figure
 * computed from them safe to keep: a trend or a report computed while the patient's newest event is still on its
 * way would otherwise be kept, and shown, without it. The answer comes from the token store, whose positions are
 * written in the same transaction as the rows of each batch (on whichever node owns the segment): the segment
 * that handles the patient's events (Axon's rule: the hash of the aggregate identifier, the processor's default
 * sequencing per aggregate) must have passed the patient's newest event and not be replaying. Only that segment: the others store a new position only when they have events of their own.
 */
@Component
public class ReadModelFreshness {

    private final JdbcClient jdbc;
    private final ReadModelRebuild store;

    ReadModelFreshness(JdbcClient jdbc, ReadModelRebuild store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * The global index of the patient's newest event when every read-model segment has committed it; empty while
     * it is still on its way, during a rebuild, or when the store holds no event of the patient (erased, or read
     * models written some other way): then a figure computed now may be shown but must not be kept.
     */
    public OptionalLong appliedHead(UUID patientId) {
        Long newest = jdbc.sql("""
                        select global_index from domain_event_entry where aggregate_identifier = ?
                        order by sequence_number desc limit 1""")
                .param(patientId.toString())
                .query(Long.class).optional().orElse(null);
        if (newest == null) {
            return OptionalLong.empty();
        }
        Map<Integer, TrackingToken> tokens = store.storedTokens(ReadModelRebuild.READ_MODELS);
        Segment segment = segmentOf(patientId, tokens.keySet());
        return segment != null && covers(tokens.get(segment.getSegmentId()), newest)
                ? OptionalLong.of(newest) : OptionalLong.empty();
    }

    /** The segment among {@code segmentIds} that processes the patient's events, as Axon assigns them. */
    static Segment segmentOf(UUID patientId, Set<Integer> segmentIds) {
        if (segmentIds.isEmpty()) {
            return null;
        }
        int hash = Objects.hashCode(patientId.toString());
        for (Segment segment : Segment.computeSegments(segmentIds.stream().mapToInt(Integer::intValue).toArray())) {
            if (segment.matches(hash)) {
                return segment;
            }
        }
        return null;
    }

    static boolean covers(TrackingToken token, long globalIndex) {
        if (token == null || token instanceof ReplayToken) {
            return false;
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            // past the event and the event not among the gaps (a gap is a commit still on its way). Gaps below it are
            // other patients' commits, or numbers never used: the patient's own earlier events were committed before
            // this one was written (one command at a time per patient), so the processor had them when it took it.
            return gapAware.getIndex() >= globalIndex && !gapAware.getGaps().contains(globalIndex);
        }
        return token.covers(GapAwareTrackingToken.newInstance(globalIndex, Set.of()));
    }
}
