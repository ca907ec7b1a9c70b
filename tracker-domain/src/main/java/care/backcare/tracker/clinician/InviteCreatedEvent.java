package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record InviteCreatedEvent(
        UUID clinicianId,
        UUID inviteId,
        String label,
        String codeHash,
        Instant createdAt,
        Instant expiresAt) {
}
