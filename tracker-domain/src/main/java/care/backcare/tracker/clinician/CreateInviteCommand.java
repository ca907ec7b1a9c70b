package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** An invite code for one patient; only the code's hash travels here. */
public record CreateInviteCommand(
        @TargetAggregateIdentifier UUID clinicianId,
        UUID inviteId,
        String label,
        String codeHash,
        int expiresInDays) {

    public CreateInviteCommand {
        Checks.present("inviteId", inviteId);
        Checks.optionalText("label", label, ClinicianRules.INVITE_LABEL_MAX_LENGTH);
        Checks.present("codeHash", codeHash);
        Checks.inRange("expiresInDays", expiresInDays, ClinicianRules.INVITE_MIN_DAYS, ClinicianRules.INVITE_MAX_DAYS);
    }
}
