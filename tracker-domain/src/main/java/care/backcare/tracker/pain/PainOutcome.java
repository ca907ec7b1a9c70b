package care.backcare.tracker.pain;

import care.backcare.tracker.kernel.Recorded;

/**
 * The aggregate's answer to a pain entry: whether it was recorded now or was already there, and the
 * triage of its red flags (urgency and what to do; null without red flags). An identical retry gets
 * the same advice as the first write.
 */
public record PainOutcome(Recorded recorded, RedFlagAdvice advice) {

    public boolean isNew() {
        return recorded == Recorded.NEW;
    }
}
