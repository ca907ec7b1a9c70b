package care.backcare.tracker.clinician;

import java.util.UUID;

/** The messages clinicians sent the patient, newest first; answered with {@link ClinicianMessage}s. */
public record FetchMessagesQuery(UUID patientId) {
}
