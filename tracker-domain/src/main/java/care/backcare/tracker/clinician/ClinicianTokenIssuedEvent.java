package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ClinicianTokenIssuedEvent(UUID clinicianId, UUID tokenId, String name, String tokenHash, Instant issuedAt,
                                        Instant expiresAt) {
}
