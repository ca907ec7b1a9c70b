package care.backcare.tracker.session;

public final class SessionRules {

    public static final int MIN_DURATION_MINUTES = 1;
    public static final int MAX_DURATION_MINUTES = 240;
    public static final int MAX_HOLD_SECONDS = 600;
    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 100;
    /** Not in the contract: bounds a request to what a day's routine can hold. */
    public static final int MAX_EXERCISES = 100;
    public static final int NOTES_MAX_LENGTH = 2_000;

    private SessionRules() {
    }
}
