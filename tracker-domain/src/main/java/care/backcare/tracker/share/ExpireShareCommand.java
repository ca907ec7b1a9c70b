package care.backcare.tracker.share;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records, once its time has come, that a share ran out. Harmless to send early or twice. */
public record ExpireShareCommand(@TargetAggregateIdentifier UUID patientId, UUID shareId) {
}
