package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** The clinician has seen the patient's alerts up to {@code through}. */
public record AcknowledgeAlertsCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID clinicianId,
        String clinicianName,
        Instant through,
        String note) {

    public AcknowledgeAlertsCommand {
        Checks.present("clinicianId", clinicianId);
        Checks.present("clinicianName", clinicianName);
        Checks.present("through", through);
        Checks.optionalText("note", note, ClinicianRules.ACKNOWLEDGEMENT_NOTE_MAX_LENGTH);
    }
}
