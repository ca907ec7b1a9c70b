package care.backcare.tracker.share;

import care.backcare.tracker.shared.RuleViolation;

/** The share was revoked, has expired, or never existed: a share link opens nothing then. */
public class ShareNotActiveException extends RuleViolation {

    public ShareNotActiveException() {
        super("This share link is not active.");
    }
}
