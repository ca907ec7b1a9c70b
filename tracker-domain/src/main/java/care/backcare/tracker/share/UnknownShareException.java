package care.backcare.tracker.share;

import care.backcare.tracker.kernel.RuleViolation;

import java.util.UUID;

public class UnknownShareException extends RuleViolation {

    public UnknownShareException(UUID shareId) {
        super("No share with id " + shareId + ".");
    }
}
