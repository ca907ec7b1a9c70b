package care.backcare.tracker.kernel;

import java.util.UUID;

/** A withdrawal named an id the patient never recorded. */
public class UnknownEntryException extends RuleViolation {

    public UnknownEntryException(String kind, UUID id) {
        super("No " + kind + " with id " + id + ".");
    }
}
