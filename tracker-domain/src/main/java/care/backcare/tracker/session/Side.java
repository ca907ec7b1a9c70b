package care.backcare.tracker.session;

public enum Side {
    BOTH,
    LEFT,
    RIGHT
}
