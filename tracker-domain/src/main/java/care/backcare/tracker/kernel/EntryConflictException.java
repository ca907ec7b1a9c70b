package care.backcare.tracker.kernel;

import java.util.UUID;

/** A client-chosen id that was already used for different content: the first write stands. */
public class EntryConflictException extends RuleViolation {

    public EntryConflictException(String kind, UUID id) {
        super("A " + kind + " with id " + id + " was already recorded with different content.");
    }

    /** An entry keyed by something other than an id, e.g. a rest day by its date. */
    public EntryConflictException(String kind, String key) {
        super("A " + kind + " on " + key + " was already recorded with different content.");
    }

    /** An id that was withdrawn: it cannot be used again. */
    public static EntryConflictException withdrawn(String kind, UUID id) {
        return new EntryConflictException("The " + kind + " with id " + id + " was withdrawn; its id cannot be used again.");
    }

    private EntryConflictException(String message) {
        super(message);
    }
}
