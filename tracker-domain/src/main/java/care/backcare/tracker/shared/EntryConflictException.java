package care.backcare.tracker.shared;

import java.util.UUID;

/** A client-chosen id that was already used for different content: the first write stands. */
public class EntryConflictException extends RuleViolation {

    public EntryConflictException(String kind, UUID id) {
        super("A " + kind + " with id " + id + " was already recorded with different content.");
    }
}
