package care.backcare.tracker.stretch;

public enum StretchKind {
    STATIC_HOLD,
    DYNAMIC,
    STRENGTH,
    SELF_MASSAGE
}
