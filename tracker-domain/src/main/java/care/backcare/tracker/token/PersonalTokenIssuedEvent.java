package care.backcare.tracker.token;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal token was issued. {@code expiresAt} (added in v1.1) is set when the patient chose an
 * expiry, and null otherwise, as in every event stored before: such a token expires
 * {@link TokenRules#DEFAULT_EXPIRY_DAYS} days after it was issued ({@link #effectiveExpiry()}).
 */
@Revision("1")
public record PersonalTokenIssuedEvent(
        UUID patientId,
        UUID tokenId,
        String name,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt) {

    public PersonalTokenIssuedEvent(UUID patientId, UUID tokenId, String name, String tokenHash, Instant issuedAt) {
        this(patientId, tokenId, name, tokenHash, issuedAt, null);
    }

    public Instant effectiveExpiry() {
        return expiresAt != null ? expiresAt : issuedAt.plus(java.time.Duration.ofDays(TokenRules.DEFAULT_EXPIRY_DAYS));
    }
}
