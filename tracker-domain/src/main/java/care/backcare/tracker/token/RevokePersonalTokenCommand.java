package care.backcare.tracker.token;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RevokePersonalTokenCommand(@TargetAggregateIdentifier UUID patientId, UUID tokenId) {
}
