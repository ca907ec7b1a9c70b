package care.backcare.tracker.api.data.protection;

import org.axonframework.common.AxonNonTransientException;

import java.util.UUID;

/** Data of an erased patient was about to be read without the upcaster that skips it: it cannot be, ever. */
public class ErasedPatientDataException extends AxonNonTransientException {

    public ErasedPatientDataException(UUID patientId) {
        super("The data of patient " + patientId + " was erased: its key no longer exists");
    }
}
