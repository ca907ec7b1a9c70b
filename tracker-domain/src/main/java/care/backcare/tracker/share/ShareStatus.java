package care.backcare.tracker.share;

public enum ShareStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
