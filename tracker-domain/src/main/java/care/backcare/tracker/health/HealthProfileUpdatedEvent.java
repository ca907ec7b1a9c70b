package care.backcare.tracker.health;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The patient said which risk factors apply to them (the whole set, possibly empty: answered, none). From then
 * on red flags are triaged with them ({@code RedFlagTriage}'s escalations).
 */
@Revision("1")
public record HealthProfileUpdatedEvent(
        UUID patientId,
        Set<RiskFactor> riskFactors,
        Instant updatedAt) {
}
