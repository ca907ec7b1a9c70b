package care.backcare.tracker.api.operations;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Whether the tracked read models already hold the whole of one patient's history, which is what makes a figure
 * computed from them safe to keep: a trend or a report computed while the patient's newest event is still on its
 * way would otherwise be kept, and shown, without it. The answer comes from the token store, whose positions are
 * written in the same transaction as the rows of each batch (on whichever node owns the segment): every segment
 * must have passed the patient's newest event, with no gap below it, and none may be replaying.
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
        List<TrackingToken> segments = store.storedTokens(ReadModelRebuild.READ_MODELS);
        boolean applied = !segments.isEmpty() && segments.stream().allMatch(token -> covers(token, newest));
        return applied ? OptionalLong.of(newest) : OptionalLong.empty();
    }

    static boolean covers(TrackingToken token, long globalIndex) {
        if (token == null || token instanceof ReplayToken) {
            return false;
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            // past the event, and no event at or below it still missing (a gap is a commit still on its way)
            return gapAware.getIndex() >= globalIndex && gapAware.getGaps().headSet(globalIndex + 1).isEmpty();
        }
        return token.covers(GapAwareTrackingToken.newInstance(globalIndex, Set.of()));
    }
}
