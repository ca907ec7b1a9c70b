package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.RuleViolation;

/** The clinician does not (or no longer) follow this patient; to them the patient does not exist. */
public class NotConnectedException extends RuleViolation {

    public NotConnectedException() {
        super("No such patient.");
    }
}
