package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ClinicianTokenRevokedEvent(UUID clinicianId, UUID tokenId, Instant revokedAt) {
}
