package care.backcare.tracker.clinician;

/** The contract's rules for clinicians, their invite codes and what they send a patient. */
public final class ClinicianRules {

    public static final int PROFESSION_MAX_LENGTH = 60;
    public static final int INVITE_LABEL_MAX_LENGTH = 60;
    public static final int INVITE_MIN_DAYS = 1;
    public static final int INVITE_MAX_DAYS = 30;
    /** Bounds what a clinician can have open at once; delete or let some expire to invite more. */
    public static final int MAX_OPEN_INVITES = 200;
    public static final int CODE_LENGTH = 10;
    /** Read aloud or copied from paper without doubt: no 0/O, no 1/I/L. 31 symbols, about 49.5 bits a code. */
    public static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int MESSAGE_MAX_LENGTH = 2000;
    public static final int ACKNOWLEDGEMENT_NOTE_MAX_LENGTH = 500;

    private ClinicianRules() {
    }

    /** The code as the patient may type it (spaces, dashes, lower case), in its canonical form; empty if it cannot be one. */
    public static java.util.Optional<String> canonicalCode(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(code);
    }
}
