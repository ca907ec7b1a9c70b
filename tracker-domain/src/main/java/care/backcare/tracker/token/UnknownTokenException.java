package care.backcare.tracker.token;

import care.backcare.tracker.kernel.RuleViolation;

import java.util.UUID;

public class UnknownTokenException extends RuleViolation {

    public UnknownTokenException(UUID tokenId) {
        super("No personal token with id " + tokenId + ".");
    }
}
