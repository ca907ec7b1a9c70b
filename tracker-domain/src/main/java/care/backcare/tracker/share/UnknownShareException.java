package care.backcare.tracker.share;

import care.backcare.tracker.shared.RuleViolation;

import java.util.UUID;

public class UnknownShareException extends RuleViolation {

    public UnknownShareException(UUID shareId) {
        super("No share with id " + shareId + ".");
    }
}
