package care.backcare.tracker.pain;

public record RedFlagAdvice(Urgency urgency, String message) {
}
