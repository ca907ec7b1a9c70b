package care.backcare.tracker.api.operations;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelFreshnessTest {

    @Test
    void a_segment_holds_an_event_once_past_it_and_the_event_is_no_gap() {
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(10, Set.of()), 10)).isTrue();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(12, Set.of(11L)), 10)).isTrue();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(9, Set.of()), 10)).isFalse();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(12, Set.of(10L)), 10))
                .as("the event itself is a gap: still on its way").isFalse();
        assertThat(ReadModelFreshness.covers(GapAwareTrackingToken.newInstance(12, Set.of(4L)), 10))
                .as("a gap below it: another patient's commit, or a number never used (kept until 10,000 events later)")
                .isTrue();
    }

    @Test
    void a_patient_belongs_to_the_segment_axon_gives_the_hash_of_their_aggregate_identifier() {
        for (int i = 0; i < 200; i++) {
            UUID patient = UUID.randomUUID();
            assertThat(ReadModelFreshness.segmentOf(patient, Set.of(0, 1, 2, 3)).getSegmentId())
                    .isEqualTo(patient.toString().hashCode() & 3);
            assertThat(ReadModelFreshness.segmentOf(patient, Set.of(0)).getSegmentId()).isZero();
        }
        assertThat(ReadModelFreshness.segmentOf(UUID.randomUUID(), Set.of())).as("no tokens yet").isNull();
    }

    @Test
    void no_token_or_a_replay_holds_nothing() {
        assertThat(ReadModelFreshness.covers(null, 0)).isFalse();
        assertThat(ReadModelFreshness.covers(ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(20, Set.of())), 10))
                .isFalse();
    }
}
