package care.backcare.tracker.token;

import care.backcare.tracker.kernel.RuleViolation;

public class TooManyTokensException extends RuleViolation {

    public TooManyTokensException() {
        super("At most " + TokenRules.MAX_ACTIVE_TOKENS + " personal tokens can be active; revoke one first.");
    }
}
