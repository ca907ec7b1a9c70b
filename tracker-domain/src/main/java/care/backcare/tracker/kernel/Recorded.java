package care.backcare.tracker.kernel;

/** What a write with a client-chosen id did: recorded it now, or found the identical write already there. */
public enum Recorded {
    NEW,
    ALREADY_RECORDED
}
