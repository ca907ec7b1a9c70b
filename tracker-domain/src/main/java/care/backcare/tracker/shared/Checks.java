package care.backcare.tracker.shared;

import java.util.Collection;

/** Guards for the value objects and commands; each failure names the field it concerns. */
public final class Checks {

    private Checks() {
    }

    public static int inRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(String field, C values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return values;
    }

    public static String textUpTo(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** Free text is optional: blank means absent, so "" and a missing field are the same content. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return textUpTo(field, value, maxLength);
    }
}
