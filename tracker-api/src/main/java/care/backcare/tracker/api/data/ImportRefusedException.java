package care.backcare.tracker.api.data;

import care.backcare.tracker.api.web.FieldError;

import java.util.List;

/** The file was refused as a whole: nothing of it was recorded. */
public class ImportRefusedException extends RuntimeException {

    public enum Reason { MALFORMED, INVALID, CONFLICT }

    private final Reason reason;
    private final List<FieldError> items;

    ImportRefusedException(Reason reason, String message, List<FieldError> items) {
        super(message);
        this.reason = reason;
        this.items = List.copyOf(items);
    }

    public Reason reason() {
        return reason;
    }

    List<FieldError> items() {
        return items;
    }
}
