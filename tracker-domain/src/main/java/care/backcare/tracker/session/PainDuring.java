package care.backcare.tracker.session;

public enum PainDuring {
    NONE,
    MILD,
    SHARP
}
