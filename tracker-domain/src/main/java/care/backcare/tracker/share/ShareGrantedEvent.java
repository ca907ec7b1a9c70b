package care.backcare.tracker.share;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ShareGrantedEvent(
        UUID patientId,
        UUID shareId,
        String recipient,
        String tokenHash,
        Instant grantedAt,
        Instant expiresAt) {
}
