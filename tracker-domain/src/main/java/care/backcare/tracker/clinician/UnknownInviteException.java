package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.RuleViolation;

/** Unknown, used, expired or deleted: the same answer for each, so a guesser learns nothing. */
public class UnknownInviteException extends RuleViolation {

    public UnknownInviteException() {
        super("No such invite code. Ask your clinician for a new one.");
    }
}
