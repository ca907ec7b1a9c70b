package care.backcare.tracker.clinician;

import care.backcare.tracker.account.AccountRules;
import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.ZoneId;
import java.util.UUID;

public record RegisterClinicianCommand(
        @TargetAggregateIdentifier UUID clinicianId,
        String username,
        String displayName,
        ZoneId timeZone,
        String profession) {

    public RegisterClinicianCommand {
        Checks.present("clinicianId", clinicianId);
        if (username == null || !username.matches(AccountRules.USERNAME_PATTERN)) {
            throw new InvalidValueException("username", "must be 3 to 40 of a-z, 0-9, '.', '_' and '-'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidValueException("displayName", "must not be blank");
        }
        Checks.textUpTo("displayName", displayName, AccountRules.DISPLAY_NAME_MAX_LENGTH);
        Checks.present("timeZone", timeZone);
        if (profession == null || profession.isBlank()) {
            throw new InvalidValueException("profession", "must not be blank");
        }
        Checks.textUpTo("profession", profession, ClinicianRules.PROFESSION_MAX_LENGTH);
    }
}
