package care.backcare.tracker.share;

public final class ShareRules {

    public static final int RECIPIENT_MAX_LENGTH = 100;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 180;
    /** Bounds what a careless patient can have open at once; revoke one to share again. */
    public static final int MAX_ACTIVE_SHARES = 20;

    private ShareRules() {
    }
}
