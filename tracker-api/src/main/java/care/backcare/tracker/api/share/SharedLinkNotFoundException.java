package care.backcare.tracker.api.share;

/** One answer for unknown, expired and revoked links alike: it reveals nothing about the patient. */
public class SharedLinkNotFoundException extends RuntimeException {

    static final String MESSAGE = "This link is not valid. It may have expired or been withdrawn; ask for a new one.";

    public SharedLinkNotFoundException() {
        super(MESSAGE);
    }
}
