package care.backcare.tracker.api.operations;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelFreshnessTest {

    @Test
    void a_segment_holds_an_event_once_past_it_with_no_gap_at_or_below_it() {
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(10, Set.of()), 10)).isTrue();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(12, Set.of(11L)), 10)).isTrue();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(9, Set.of()), 10)).isFalse();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(12, Set.of(10L)), 10))
                .as("the event itself is a gap: still on its way").isFalse();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(12, Set.of(4L)), 10))
                .as("an earlier event is still on its way").isFalse();
    }

    @Test
    void no_token_or_a_replay_holds_nothing() {
        assertThat(ReadModelFreshness.covers(null, 0)).isFalse();
        assertThat(ReadModelFreshness.covers(ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(20, Set.of())), 10))
                .isFalse();
    }
}
