package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.token.TokenRules;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A personal token for a clinician's scripts, like a patient's; only its hash travels here. */
public record IssueClinicianTokenCommand(
        @TargetAggregateIdentifier UUID clinicianId,
        UUID tokenId,
        String name,
        String tokenHash,
        Integer expiresInDays) {

    public IssueClinicianTokenCommand {
        Checks.present("tokenId", tokenId);
        Checks.textUpTo("name", name, TokenRules.NAME_MAX_LENGTH);
        Checks.present("tokenHash", tokenHash);
        if (expiresInDays != null) {
            Checks.inRange("expiresInDays", expiresInDays, 1, TokenRules.MAX_EXPIRY_DAYS);
        }
    }
}
