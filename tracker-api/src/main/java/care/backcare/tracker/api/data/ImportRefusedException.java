package care.backcare.tracker.api.data;

import care.backcare.tracker.api.web.FieldError;

import java.util.List;

/** The file was refused as a whole: nothing of it was recorded. */
class ImportRefusedException extends RuntimeException {

    enum Reason { MALFORMED, INVALID, CONFLICT }

    private final Reason reason;
    private final List<FieldError> items;

    ImportRefusedException(Reason reason, String message, List<FieldError> items) {
        super(message);
        this.reason = reason;
        this.items = List.copyOf(items);
    }

    Reason reason() {
        return reason;
    }

    List<FieldError> items() {
        return items;
    }
}
