package care.backcare.tracker.pain;

import care.backcare.tracker.health.RiskFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RedFlagTriageTest {

    /** The contract's table, row by row (api.md, "Red-flag triage"). */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "BLADDER_OR_BOWEL_CHANGE, EMERGENCY",
            "SADDLE_NUMBNESS, EMERGENCY",
            "PAIN_OR_NUMBNESS_IN_BOTH_LEGS, EMERGENCY",
            "NEW_OR_WORSENING_LEG_WEAKNESS, EMERGENCY",
            "LEG_WEAKNESS, SAME_DAY",
            "FEVER, SAME_DAY",
            "FEVER_OR_WEIGHT_LOSS, SAME_DAY",
            "RECENT_FALL_OR_INJURY, SAME_DAY",
            "PAIN_RADIATING_DOWN_LEG, SOON",
            "NUMBNESS_OR_TINGLING, SOON",
            "WORSE_AT_NIGHT, SOON",
            "CONSTANT_NIGHT_PAIN, SOON",
            "UNEXPLAINED_WEIGHT_LOSS, SOON"})
    void each_flag_has_the_level_of_the_contracts_table(RedFlag flag, TriageLevel level) {
        assertThat(RedFlagTriage.levelOf(flag, Set.of())).isEqualTo(level);
        assertThat(RedFlagTriage.assess(Set.of(flag))).hasValueSatisfying(advice -> {
            assertThat(advice.level()).isEqualTo(level);
            assertThat(advice.urgency()).isEqualTo(level == TriageLevel.SOON ? Urgency.SEE_A_PROFESSIONAL : Urgency.URGENT);
            assertThat(advice.message()).isEqualTo(RedFlagTriage.messageFor(level));
        });
    }

    @Test
    void the_table_has_a_row_for_every_flag() {
        assertThat(RedFlagTriage.LEVELS.keySet()).containsExactlyInAnyOrder(RedFlag.values());
    }

    /** The health-profile escalations, one row each. */
    @ParameterizedTest(name = "with {0}, {1} is {2}")
    @CsvSource({
            "HISTORY_OF_CANCER, WORSE_AT_NIGHT, SAME_DAY",
            "HISTORY_OF_CANCER, CONSTANT_NIGHT_PAIN, SAME_DAY",
            "HISTORY_OF_CANCER, UNEXPLAINED_WEIGHT_LOSS, SAME_DAY",
            "IMMUNOSUPPRESSED, FEVER, EMERGENCY",
            "IMMUNOSUPPRESSED, FEVER_OR_WEIGHT_LOSS, EMERGENCY",
            "OSTEOPOROSIS_OR_LONG_TERM_STEROIDS, RECENT_FALL_OR_INJURY, EMERGENCY",
            "AGE_70_OR_OVER, RECENT_FALL_OR_INJURY, EMERGENCY"})
    void a_risk_factor_escalates_its_flags(RiskFactor riskFactor, RedFlag flag, TriageLevel escalated) {
        assertThat(RedFlagTriage.levelOf(flag, Set.of())).isNotEqualTo(escalated);
        assertThat(RedFlagTriage.levelOf(flag, Set.of(riskFactor))).isEqualTo(escalated);
        assertThat(RedFlagTriage.assess(Set.of(flag), Set.of(riskFactor)))
                .hasValueSatisfying(advice -> assertThat(advice.message()).isEqualTo(RedFlagTriage.messageFor(escalated)));
    }

    @ParameterizedTest
    @EnumSource(RiskFactor.class)
    void a_risk_factor_never_lowers_a_level_nor_touches_flags_outside_its_escalations(RiskFactor riskFactor) {
        for (RedFlag flag : RedFlag.values()) {
            boolean escalated = RedFlagTriage.ESCALATIONS.stream()
                    .anyMatch(e -> e.riskFactor() == riskFactor && e.flags().contains(flag));
            TriageLevel plain = RedFlagTriage.levelOf(flag, Set.of());
            TriageLevel with = RedFlagTriage.levelOf(flag, Set.of(riskFactor));
            assertThat(with.compareTo(plain)).isLessThanOrEqualTo(0);
            if (!escalated) {
                assertThat(with).as(flag.name()).isEqualTo(plain);
            }
        }
    }

    @Test
    void an_entrys_level_is_its_most_urgent_flag() {
        assertThat(RedFlagTriage.levelOf(EnumSet.of(RedFlag.WORSE_AT_NIGHT, RedFlag.FEVER), Set.of()))
                .contains(TriageLevel.SAME_DAY);
        assertThat(RedFlagTriage.levelOf(EnumSet.of(RedFlag.PAIN_RADIATING_DOWN_LEG, RedFlag.SADDLE_NUMBNESS), Set.of()))
                .contains(TriageLevel.EMERGENCY);
        assertThat(RedFlagTriage.urgencyOf(EnumSet.of(RedFlag.WORSE_AT_NIGHT, RedFlag.LEG_WEAKNESS)))
                .contains(Urgency.URGENT);
    }

    @Test
    void the_advice_texts_follow_the_domain_notes_and_never_say_anyone_was_alerted() {
        assertThat(RedFlagTriage.EMERGENCY_ADVICE).contains("emergency department now").contains("don't stretch");
        assertThat(RedFlagTriage.SAME_DAY_ADVICE).contains("doctor").contains("out-of-hours").contains("today");
        assertThat(RedFlagTriage.SOON_ADVICE).contains("one to two weeks").contains("sooner if it gets worse");
        assertThat(RedFlagTriage.SAFETY_NET).contains("both legs").contains("emergency department straight away");
        for (String text : new String[] {RedFlagTriage.EMERGENCY_ADVICE, RedFlagTriage.SAME_DAY_ADVICE,
                RedFlagTriage.SOON_ADVICE, RedFlagTriage.SAFETY_NET}) {
            assertThat(text.toLowerCase()).doesNotContain("notif").doesNotContain("alert").doesNotContain("will be shown")
                    .doesNotContain("we will").doesNotContain("has been told");
        }
    }

    @Test
    void a_leg_or_nerve_sign_adds_the_safety_net_and_other_flags_do_not() {
        assertThat(RedFlagTriage.assess(Set.of(RedFlag.NUMBNESS_OR_TINGLING)))
                .hasValueSatisfying(advice -> assertThat(advice.safetyNet()).isEqualTo(RedFlagTriage.SAFETY_NET));
        assertThat(RedFlagTriage.assess(Set.of(RedFlag.FEVER, RedFlag.UNEXPLAINED_WEIGHT_LOSS)))
                .hasValueSatisfying(advice -> assertThat(advice.safetyNet()).isNull());
    }

    @Test
    void the_page_asks_only_the_v1_1_questions_and_keeps_accepting_the_v1_flags() {
        assertThat(Arrays.stream(RedFlag.values()).filter(flag -> !flag.asked()))
                .containsExactlyInAnyOrder(RedFlag.LEG_WEAKNESS, RedFlag.WORSE_AT_NIGHT, RedFlag.FEVER_OR_WEIGHT_LOSS);
    }

    @Test
    void the_v1_flags_keep_their_enum_order_so_stored_fingerprints_still_match() {
        assertThat(Arrays.copyOf(RedFlag.values(), 7)).containsExactly(RedFlag.PAIN_RADIATING_DOWN_LEG,
                RedFlag.NUMBNESS_OR_TINGLING, RedFlag.WORSE_AT_NIGHT, RedFlag.LEG_WEAKNESS, RedFlag.BLADDER_OR_BOWEL_CHANGE,
                RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER_OR_WEIGHT_LOSS);
        assertThat(RedFlag.ASKED).allMatch(RedFlag::asked).hasSize((int) Arrays.stream(RedFlag.values()).filter(RedFlag::asked).count());
    }

    @Test
    void no_red_flag_no_advice() {
        assertThat(RedFlagTriage.assess(Set.of())).isEmpty();
        assertThat(RedFlagTriage.assess(null)).isEmpty();
    }
}
