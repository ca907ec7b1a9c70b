package care.backcare.tracker.token;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record PersonalTokenIssuedEvent(
        UUID patientId,
        UUID tokenId,
        String name,
        String tokenHash,
        Instant issuedAt) {
}
