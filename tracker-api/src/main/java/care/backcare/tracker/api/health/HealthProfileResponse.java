package care.backcare.tracker.api.health;

import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.RiskFactor;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The patient's risk factors in the enum's order; {@code answered} false (and {@code updatedAt} null) while the
 * patient has never answered, so the page knows whether to ask.
 */
record HealthProfileResponse(List<RiskFactor> riskFactors, boolean answered, Instant updatedAt) {

    static HealthProfileResponse of(HealthProfile profile) {
        return new HealthProfileResponse(profile.riskFactors().stream().sorted(Comparator.naturalOrder()).toList(),
                profile.answered(), profile.updatedAt());
    }
}
