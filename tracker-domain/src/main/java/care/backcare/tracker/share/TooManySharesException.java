package care.backcare.tracker.share;

import care.backcare.tracker.kernel.RuleViolation;

public class TooManySharesException extends RuleViolation {

    public TooManySharesException() {
        super("At most " + ShareRules.MAX_ACTIVE_SHARES + " share links can be active; revoke one first.");
    }
}
