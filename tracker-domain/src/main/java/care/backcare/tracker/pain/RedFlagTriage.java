package care.backcare.tracker.pain;

import java.util.Optional;
import java.util.Set;

/**
 * Which red flags need care today and which need a professional soon. Leg weakness, bladder or
 * bowel change and saddle numbness can mean a compressed nerve (cauda equina): same-day care.
 */
public final class RedFlagTriage {

    public static final String URGENT_ADVICE =
            "Get medical help today. Leg weakness, a change in bladder or bowel control, or numbness around "
                    + "the groin and buttocks can mean a nerve is under pressure. Call your doctor, urgent care "
                    + "or an emergency department now, and don't stretch until you have been seen.";

    public static final String SEE_A_PROFESSIONAL_ADVICE =
            "Check in with a professional. Pain shooting down the leg, numbness or tingling, pain that is "
                    + "worse at night, or fever or unexplained weight loss are reasons to have your back looked "
                    + "at by a physiotherapist or doctor soon. Back off any stretch that makes it worse.";

    private RedFlagTriage() {
    }

    public static Optional<Urgency> urgencyOf(Set<RedFlag> redFlags) {
        if (redFlags == null || redFlags.isEmpty()) {
            return Optional.empty();
        }
        boolean urgent = redFlags.stream().anyMatch(flag -> flag.urgency() == Urgency.URGENT);
        return Optional.of(urgent ? Urgency.URGENT : Urgency.SEE_A_PROFESSIONAL);
    }

    public static Optional<RedFlagAdvice> assess(Set<RedFlag> redFlags) {
        return urgencyOf(redFlags).map(RedFlagTriage::adviceFor);
    }

    public static RedFlagAdvice adviceFor(Urgency urgency) {
        return new RedFlagAdvice(urgency,
                urgency == Urgency.URGENT ? URGENT_ADVICE : SEE_A_PROFESSIONAL_ADVICE);
    }
}
