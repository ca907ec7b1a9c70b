package care.backcare.tracker.pain;

/**
 * How fast to act on a red flag, most urgent first (so {@code compareTo} &lt; 0 means "more urgent").
 * {@link #urgency()} is the v1 field the level answers to, kept for v1 clients.
 */
public enum TriageLevel {
    /** Go to an emergency department now: possible cauda equina or a progressing nerve deficit. */
    EMERGENCY,
    /** See a doctor, out-of-hours service or urgent care today. */
    SAME_DAY,
    /** See a physiotherapist or doctor within one to two weeks, sooner if it gets worse. */
    SOON;

    public Urgency urgency() {
        return this == SOON ? Urgency.SEE_A_PROFESSIONAL : Urgency.URGENT;
    }

    public boolean isMoreUrgentThan(TriageLevel other) {
        return compareTo(other) < 0;
    }
}
