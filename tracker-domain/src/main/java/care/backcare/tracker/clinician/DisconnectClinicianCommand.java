package care.backcare.tracker.clinician;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record DisconnectClinicianCommand(@TargetAggregateIdentifier UUID patientId, UUID clinicianId) {
}
