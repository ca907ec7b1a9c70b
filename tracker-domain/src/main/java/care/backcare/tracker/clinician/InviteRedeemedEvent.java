package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The invite was used. {@code redeemedBy} is the patient's id, deliberately not named {@code patientId}: this is the
 * clinician's history, and it must stay readable after that patient's key is destroyed (a bare id, nothing personal).
 */
@Revision("1")
public record InviteRedeemedEvent(UUID clinicianId, UUID inviteId, UUID redeemedBy, Instant redeemedAt) {
}
