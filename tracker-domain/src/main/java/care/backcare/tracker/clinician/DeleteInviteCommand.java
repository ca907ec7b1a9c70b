package care.backcare.tracker.clinician;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record DeleteInviteCommand(@TargetAggregateIdentifier UUID clinicianId, UUID inviteId) {
}
