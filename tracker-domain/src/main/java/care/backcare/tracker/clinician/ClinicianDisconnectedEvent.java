package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The patient withdrew consent: from now on the clinician sees nothing of this patient. */
@Revision("1")
public record ClinicianDisconnectedEvent(UUID patientId, UUID clinicianId, Instant disconnectedAt) {
}
