package care.backcare.tracker.kernel;

/** A value that breaks a rule of the domain, reported against the field that carried it. */
public class InvalidValueException extends RuleViolation {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
