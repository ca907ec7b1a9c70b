package care.backcare.tracker.pain;

public final class PainRules {

    /** Numeric Pain Rating Scale. */
    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 10;
    public static final int NOTES_MAX_LENGTH = 2_000;

    private PainRules() {
    }
}
