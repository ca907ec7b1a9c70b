package care.backcare.tracker.clinician;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** One token ({@code tokenId}), or every token that still works ({@code tokenId} null: "sign out everywhere"). */
public record RevokeClinicianTokenCommand(@TargetAggregateIdentifier UUID clinicianId, UUID tokenId) {

    public static RevokeClinicianTokenCommand all(UUID clinicianId) {
        return new RevokeClinicianTokenCommand(clinicianId, null);
    }
}
