package care.backcare.tracker.api.web;

/** A resource of the patient's that does not exist (or is not theirs: the two look the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
