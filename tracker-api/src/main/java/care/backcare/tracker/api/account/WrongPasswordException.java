package care.backcare.tracker.api.account;

/** The current password given to change it is not right: 401, nothing changed. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("The current password is not right; nothing was changed.");
    }
}
