package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The patient's consent: sent once the clinician's invite was redeemed, in the same transaction. */
public record ConnectClinicianCommand(@TargetAggregateIdentifier UUID patientId, UUID clinicianId, UUID inviteId) {

    public ConnectClinicianCommand {
        Checks.present("clinicianId", clinicianId);
    }
}
