package care.backcare.tracker.token;

public final class TokenRules {

    public static final int NAME_MAX_LENGTH = 60;
    /** Enough for every phone, script and integration a patient could want; bounds what a leak exposes. */
    public static final int MAX_ACTIVE_TOKENS = 20;
    /** A token's life when the patient names none; also that of tokens issued before tokens could expire. */
    public static final int DEFAULT_EXPIRY_DAYS = 365;
    public static final int MAX_EXPIRY_DAYS = 730;

    private TokenRules() {
    }
}
