package care.backcare.tracker.share;

import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Give someone read-only access for a number of days; only the token's hash travels here. */
public record GrantShareCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID shareId,
        String recipient,
        String tokenHash,
        int expiresInDays) {

    public GrantShareCommand {
        Checks.present("shareId", shareId);
        if (recipient == null || recipient.isBlank()) {
            throw new InvalidValueException("recipient", "must not be blank");
        }
        Checks.textUpTo("recipient", recipient, ShareRules.RECIPIENT_MAX_LENGTH);
        Checks.present("tokenHash", tokenHash);
        Checks.inRange("expiresInDays", expiresInDays, ShareRules.MIN_DAYS, ShareRules.MAX_DAYS);
    }
}
