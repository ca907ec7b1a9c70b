package care.backcare.tracker.pain;

/**
 * What the patient is told about an entry's red flags: the level and its plain-language message,
 * {@code urgency} for v1 clients, and {@code safetyNet} (null unless a leg or nerve sign was reported):
 * what to do at once if emergency signs appear. None of it says or implies that anyone was alerted.
 */
public record RedFlagAdvice(
        Urgency urgency,
        TriageLevel level,
        String message,
        String safetyNet) {
}
