package care.backcare.tracker.token;

public final class TokenRules {

    public static final int NAME_MAX_LENGTH = 60;
    /** Enough for every phone, script and integration a patient could want; bounds what a leak exposes. */
    public static final int MAX_ACTIVE_TOKENS = 20;

    private TokenRules() {
    }
}
