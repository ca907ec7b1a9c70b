package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The patient let this clinician follow their diary, by the code of the given invite. */
@Revision("1")
public record ClinicianConnectedEvent(UUID patientId, UUID clinicianId, UUID inviteId, Instant connectedAt) {
}
