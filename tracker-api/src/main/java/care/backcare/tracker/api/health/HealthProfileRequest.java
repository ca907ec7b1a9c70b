package care.backcare.tracker.api.health;

import care.backcare.tracker.health.RiskFactor;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/** The whole set of risk factors that apply (empty: none of them). */
record HealthProfileRequest(@NotNull Set<@NotNull RiskFactor> riskFactors) {
}
