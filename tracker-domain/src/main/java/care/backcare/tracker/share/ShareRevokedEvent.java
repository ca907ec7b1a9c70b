package care.backcare.tracker.share;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ShareRevokedEvent(UUID patientId, UUID shareId, Instant revokedAt) {
}
