package care.backcare.tracker.token;

import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Issue a personal API token; only its hash travels here, the token itself is shown once to the patient.
 * It expires after {@code expiresInDays} (1-730); when null, after {@link TokenRules#DEFAULT_EXPIRY_DAYS}.
 */
public record IssuePersonalTokenCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID tokenId,
        String name,
        String tokenHash,
        Integer expiresInDays) {

    public IssuePersonalTokenCommand {
        Checks.present("tokenId", tokenId);
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
        Checks.textUpTo("name", name, TokenRules.NAME_MAX_LENGTH);
        Checks.present("tokenHash", tokenHash);
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > TokenRules.MAX_EXPIRY_DAYS)) {
            throw new InvalidValueException("expiresInDays", "must be between 1 and " + TokenRules.MAX_EXPIRY_DAYS);
        }
    }

    /** With the default expiry. */
    public IssuePersonalTokenCommand(UUID patientId, UUID tokenId, String name, String tokenHash) {
        this(patientId, tokenId, name, tokenHash, null);
    }
}
