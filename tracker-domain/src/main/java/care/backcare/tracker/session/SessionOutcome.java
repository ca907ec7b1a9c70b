package care.backcare.tracker.session;

import care.backcare.tracker.kernel.Recorded;

/**
 * The aggregate's answer to a completed session: whether it was recorded now or was already there,
 * and the guide's advice when the patient felt sharp pain during it (null otherwise). An identical
 * retry gets the same advice as the first write.
 */
public record SessionOutcome(Recorded recorded, String advice) {

    public static SessionOutcome of(Recorded recorded, SessionContent content) {
        return new SessionOutcome(recorded, SessionSafety.adviceFor(content.painDuring()).orElse(null));
    }

    public boolean isNew() {
        return recorded == Recorded.NEW;
    }
}
