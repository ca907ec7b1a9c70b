package care.backcare.tracker.token;

import care.backcare.tracker.shared.Checks;
import care.backcare.tracker.shared.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Issue a personal API token; only its hash travels here, the token itself is shown once to the patient. */
public record IssuePersonalTokenCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID tokenId,
        String name,
        String tokenHash) {

    public IssuePersonalTokenCommand {
        Checks.present("tokenId", tokenId);
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
        Checks.textUpTo("name", name, TokenRules.NAME_MAX_LENGTH);
        Checks.present("tokenHash", tokenHash);
    }
}
