package care.backcare.tracker.kernel;

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

    /** A name or label on one line: printable text only. */
    public static String textUpTo(String field, String value, int maxLength) {
        return text(field, value, maxLength, false);
    }

    /** Free text is optional: blank means absent, so "" and a missing field are the same content. */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, maxLength, true);
    }

    /**
     * Text a person wrote: no control characters (line breaks and tabs only where lines are allowed),
     * no unpaired surrogates. They mean nothing to a reader, and some (NUL) no database stores.
     */
    private static String text(String field, String value, int maxLength, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if ((Character.isISOControl(c) && !(multiline && lineBreakOrTab))) {
                throw new InvalidValueException(field, "must not contain control characters");
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                throw new InvalidValueException(field, "must be valid Unicode text");
            }
        }
        return value;
    }
}
