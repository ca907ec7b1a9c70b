package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.InvalidValueException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A one-way message from a connected clinician; the id is the clinician's, so a retry is recognised. */
public record SendMessageCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID messageId,
        UUID clinicianId,
        String authorName,
        String text) {

    public SendMessageCommand {
        Checks.present("messageId", messageId);
        Checks.present("clinicianId", clinicianId);
        Checks.present("authorName", authorName);
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "must not be blank");
        }
        Checks.textUpTo("text", text, ClinicianRules.MESSAGE_MAX_LENGTH);
    }
}
