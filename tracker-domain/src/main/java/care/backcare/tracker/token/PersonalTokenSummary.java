package care.backcare.tracker.token;

import java.time.Instant;
import java.util.UUID;

public record PersonalTokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt) {
}
