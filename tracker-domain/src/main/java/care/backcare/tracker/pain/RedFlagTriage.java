package care.backcare.tracker.pain;

import care.backcare.tracker.health.RiskFactor;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static care.backcare.tracker.health.RiskFactor.AGE_70_OR_OVER;
import static care.backcare.tracker.health.RiskFactor.HISTORY_OF_CANCER;
import static care.backcare.tracker.health.RiskFactor.IMMUNOSUPPRESSED;
import static care.backcare.tracker.health.RiskFactor.OSTEOPOROSIS_OR_LONG_TERM_STEROIDS;
import static care.backcare.tracker.pain.RedFlag.BLADDER_OR_BOWEL_CHANGE;
import static care.backcare.tracker.pain.RedFlag.CONSTANT_NIGHT_PAIN;
import static care.backcare.tracker.pain.RedFlag.FEVER;
import static care.backcare.tracker.pain.RedFlag.FEVER_OR_WEIGHT_LOSS;
import static care.backcare.tracker.pain.RedFlag.LEG_WEAKNESS;
import static care.backcare.tracker.pain.RedFlag.NEW_OR_WORSENING_LEG_WEAKNESS;
import static care.backcare.tracker.pain.RedFlag.NUMBNESS_OR_TINGLING;
import static care.backcare.tracker.pain.RedFlag.PAIN_OR_NUMBNESS_IN_BOTH_LEGS;
import static care.backcare.tracker.pain.RedFlag.PAIN_RADIATING_DOWN_LEG;
import static care.backcare.tracker.pain.RedFlag.RECENT_FALL_OR_INJURY;
import static care.backcare.tracker.pain.RedFlag.SADDLE_NUMBNESS;
import static care.backcare.tracker.pain.RedFlag.UNEXPLAINED_WEIGHT_LOSS;
import static care.backcare.tracker.pain.RedFlag.WORSE_AT_NIGHT;
import static care.backcare.tracker.pain.TriageLevel.EMERGENCY;
import static care.backcare.tracker.pain.TriageLevel.SAME_DAY;
import static care.backcare.tracker.pain.TriageLevel.SOON;

/**
 * How fast each red flag needs care, as a clinician would read it (contract v1.1, "Red-flag triage";
 * NHS cauda equina advice, NICE NG59, the IFOMPT red-flag framework, Finucane 2020, Downie 2013).
 *
 * <p>An entry's level is the most urgent of its flags after the health-profile escalations. Escalations
 * only ever raise a level. The advice texts are plain, non-diagnostic and never imply that anyone has
 * been alerted: nobody is, automatically.
 */
public final class RedFlagTriage {

    /** The table: flag → level, before escalation. Every flag has a row (a test holds it to that). */
    public static final Map<RedFlag, TriageLevel> LEVELS = table(
            // cauda equina and a progressing deficit: emergency department now
            row(BLADDER_OR_BOWEL_CHANGE, EMERGENCY),
            row(SADDLE_NUMBNESS, EMERGENCY),
            row(PAIN_OR_NUMBNESS_IN_BOTH_LEGS, EMERGENCY),
            row(NEW_OR_WORSENING_LEG_WEAKNESS, EMERGENCY),
            // infection, fracture, a deficit of unknown course: a doctor today
            row(LEG_WEAKNESS, SAME_DAY),
            row(FEVER, SAME_DAY),
            row(FEVER_OR_WEIGHT_LOSS, SAME_DAY),
            row(RECENT_FALL_OR_INJURY, SAME_DAY),
            // nerve root irritation, possible malignancy without other signs: within one to two weeks
            row(PAIN_RADIATING_DOWN_LEG, SOON),
            row(NUMBNESS_OR_TINGLING, SOON),
            row(WORSE_AT_NIGHT, SOON),
            row(CONSTANT_NIGHT_PAIN, SOON),
            row(UNEXPLAINED_WEIGHT_LOSS, SOON));

    /** A risk factor raises some flags to a more urgent level. */
    public record Escalation(RiskFactor riskFactor, Set<RedFlag> flags, TriageLevel to) {
    }

    /** The health-profile escalations. */
    public static final List<Escalation> ESCALATIONS = List.of(
            // malignancy: night pain and weight loss with a history of cancer
            new Escalation(HISTORY_OF_CANCER, Set.of(WORSE_AT_NIGHT, CONSTANT_NIGHT_PAIN, UNEXPLAINED_WEIGHT_LOSS), SAME_DAY),
            // spinal infection
            new Escalation(IMMUNOSUPPRESSED, Set.of(FEVER, FEVER_OR_WEIGHT_LOSS), EMERGENCY),
            // fragility fracture
            new Escalation(OSTEOPOROSIS_OR_LONG_TERM_STEROIDS, Set.of(RECENT_FALL_OR_INJURY), EMERGENCY),
            new Escalation(AGE_70_OR_OVER, Set.of(RECENT_FALL_OR_INJURY), EMERGENCY));

    public static final String EMERGENCY_ADVICE =
            "Go to an emergency department now, or call the emergency number. Don't wait for an appointment, "
                    + "and don't stretch.";

    public static final String SAME_DAY_ADVICE =
            "Contact a doctor, an out-of-hours service or urgent care today.";

    public static final String SOON_ADVICE =
            "Book a physiotherapist or doctor within the next one to two weeks, sooner if it gets worse. "
                    + "Back off any stretch that makes it worse.";

    public static final String SAFETY_NET =
            "If numbness around your bottom or genitals, trouble peeing or with bowel control, or weakness or "
                    + "numbness in both legs appears, go to an emergency department straight away.";

    private RedFlagTriage() {
    }

    /** One flag's level for a patient with these risk factors. */
    public static TriageLevel levelOf(RedFlag flag, Set<RiskFactor> riskFactors) {
        TriageLevel level = LEVELS.get(flag);
        for (Escalation escalation : ESCALATIONS) {
            if (riskFactors != null && riskFactors.contains(escalation.riskFactor())
                    && escalation.flags().contains(flag) && escalation.to().isMoreUrgentThan(level)) {
                level = escalation.to();
            }
        }
        return level;
    }

    /** An entry's level: the most urgent of its flags; empty without red flags. */
    public static Optional<TriageLevel> levelOf(Set<RedFlag> redFlags, Set<RiskFactor> riskFactors) {
        if (redFlags == null) {
            return Optional.empty();
        }
        return redFlags.stream().map(flag -> levelOf(flag, riskFactors)).min(Enum::compareTo);
    }

    public static Optional<RedFlagAdvice> assess(Set<RedFlag> redFlags, Set<RiskFactor> riskFactors) {
        return levelOf(redFlags, riskFactors).map(level -> adviceFor(level,
                redFlags.stream().anyMatch(RedFlag::legOrNerveSign)));
    }

    /** Without a health profile. */
    public static Optional<RedFlagAdvice> assess(Set<RedFlag> redFlags) {
        return assess(redFlags, Set.of());
    }

    /** v1's two-way answer, without a health profile. */
    public static Optional<Urgency> urgencyOf(Set<RedFlag> redFlags) {
        return levelOf(redFlags, Set.of()).map(TriageLevel::urgency);
    }

    public static RedFlagAdvice adviceFor(TriageLevel level, boolean legOrNerveSign) {
        return new RedFlagAdvice(level.urgency(), level, messageFor(level), legOrNerveSign ? SAFETY_NET : null);
    }

    public static String messageFor(TriageLevel level) {
        return switch (level) {
            case EMERGENCY -> EMERGENCY_ADVICE;
            case SAME_DAY -> SAME_DAY_ADVICE;
            case SOON -> SOON_ADVICE;
        };
    }

    private static Map.Entry<RedFlag, TriageLevel> row(RedFlag flag, TriageLevel level) {
        return Map.entry(flag, level);
    }

    @SafeVarargs
    private static Map<RedFlag, TriageLevel> table(Map.Entry<RedFlag, TriageLevel>... rows) {
        Map<RedFlag, TriageLevel> table = new EnumMap<>(RedFlag.class);
        for (Map.Entry<RedFlag, TriageLevel> row : rows) {
            if (table.put(row.getKey(), row.getValue()) != null) {
                throw new IllegalStateException(row.getKey() + " has two rows");
            }
        }
        if (table.size() != RedFlag.values().length) {
            throw new IllegalStateException("every red flag needs a level");
        }
        return Collections.unmodifiableMap(table);
    }
}
