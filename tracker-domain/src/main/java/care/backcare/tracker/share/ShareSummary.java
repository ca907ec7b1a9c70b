package care.backcare.tracker.share;

import java.time.Instant;
import java.util.UUID;

/** A share as the patient sees it: never with its token. */
public record ShareSummary(
        UUID shareId,
        String recipient,
        Instant createdAt,
        Instant expiresAt,
        ShareStatus status,
        long accessCount,
        Instant lastAccessedAt) {
}
