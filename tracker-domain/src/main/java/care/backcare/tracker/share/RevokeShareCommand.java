package care.backcare.tracker.share;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RevokeShareCommand(@TargetAggregateIdentifier UUID patientId, UUID shareId) {
}
