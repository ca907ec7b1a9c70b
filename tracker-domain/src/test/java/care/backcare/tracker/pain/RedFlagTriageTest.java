package care.backcare.tracker.pain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RedFlagTriageTest {

    @ParameterizedTest
    @EnumSource(value = RedFlag.class, names = {"BLADDER_OR_BOWEL_CHANGE", "SADDLE_NUMBNESS", "LEG_WEAKNESS"})
    void signs_of_nerve_compression_are_urgent(RedFlag flag) {
        assertThat(RedFlagTriage.assess(Set.of(flag)))
                .hasValueSatisfying(advice -> {
                    assertThat(advice.urgency()).isEqualTo(Urgency.URGENT);
                    assertThat(advice.message()).contains("today");
                });
    }

    @ParameterizedTest
    @EnumSource(value = RedFlag.class, names = {"PAIN_RADIATING_DOWN_LEG", "NUMBNESS_OR_TINGLING", "WORSE_AT_NIGHT",
            "FEVER_OR_WEIGHT_LOSS"})
    void the_other_red_flags_call_for_a_professional(RedFlag flag) {
        assertThat(RedFlagTriage.assess(Set.of(flag)))
                .hasValueSatisfying(advice -> assertThat(advice.urgency()).isEqualTo(Urgency.SEE_A_PROFESSIONAL));
    }

    @Test
    void one_urgent_flag_makes_the_whole_entry_urgent() {
        assertThat(RedFlagTriage.urgencyOf(EnumSet.of(RedFlag.WORSE_AT_NIGHT, RedFlag.LEG_WEAKNESS)))
                .contains(Urgency.URGENT);
    }

    @Test
    void no_red_flag_no_advice() {
        assertThat(RedFlagTriage.assess(Set.of())).isEmpty();
        assertThat(RedFlagTriage.assess(null)).isEmpty();
    }
}
