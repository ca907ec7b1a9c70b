package care.backcare.tracker.health;

import java.time.Instant;
import java.util.Set;

/** The patient's risk factors; {@code updatedAt} null while the patient has never answered. */
public record HealthProfile(Set<RiskFactor> riskFactors, Instant updatedAt) {

    public static final HealthProfile NOT_ANSWERED = new HealthProfile(Set.of(), null);

    public HealthProfile {
        riskFactors = Set.copyOf(riskFactors);
    }

    public boolean answered() {
        return updatedAt != null;
    }
}
