package care.backcare.tracker.api.account;

public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException() {
        super("This username is taken; please choose another.");
    }
}
