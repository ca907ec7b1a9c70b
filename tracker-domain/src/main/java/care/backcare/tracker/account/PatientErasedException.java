package care.backcare.tracker.account;

/** A command reached a patient whose account was closed and erased: nothing can be recorded for them again. */
public class PatientErasedException extends RuntimeException {

    public PatientErasedException() {
        super("This account was closed and its data erased.");
    }
}
