package care.backcare.tracker.clinician;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A patient presents the code of this invite; it is used up by the first. */
public record RedeemInviteCommand(@TargetAggregateIdentifier UUID clinicianId, UUID inviteId, UUID redeemedBy) {
}
