package care.backcare.tracker.clinician;

import java.util.UUID;

/** Every acknowledgement of the patient's alerts, oldest first; answered with {@link AlertAcknowledgement}s. */
public record FetchAcknowledgementsQuery(UUID patientId) {
}
