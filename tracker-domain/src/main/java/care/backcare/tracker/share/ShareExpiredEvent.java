package care.backcare.tracker.share;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A share reached its expiry; {@code expiredAt} is the expiry itself, not when it was noticed. */
@Revision("1")
public record ShareExpiredEvent(UUID patientId, UUID shareId, Instant expiredAt) {
}
