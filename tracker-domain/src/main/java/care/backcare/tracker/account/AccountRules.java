package care.backcare.tracker.account;

/** The contract's rules for an account, shared by request validation and the domain. */
public final class AccountRules {

    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,40}";
    public static final int PASSWORD_MIN_LENGTH = 12;
    /** bcrypt only reads the first 72 bytes; refuse longer passwords instead of silently truncating them. */
    public static final int PASSWORD_MAX_BYTES = 72;
    public static final int DISPLAY_NAME_MAX_LENGTH = 80;

    private AccountRules() {
    }
}
