package care.backcare.tracker.token;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** "Sign out everywhere": every token that still works is revoked, each with its own revocation event. */
public record RevokeAllPersonalTokensCommand(@TargetAggregateIdentifier UUID patientId) {
}
