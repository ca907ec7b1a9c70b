package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.RuleViolation;

public class TooManyInvitesException extends RuleViolation {

    public TooManyInvitesException() {
        super("At most " + ClinicianRules.MAX_OPEN_INVITES + " invite codes can be open at once; delete one first.");
    }
}
