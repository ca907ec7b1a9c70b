package care.backcare.tracker.health;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The patient's risk factors as they are now (the whole set: an empty set clears them). */
public record UpdateHealthProfileCommand(
        @TargetAggregateIdentifier UUID patientId,
        Set<RiskFactor> riskFactors) {

    public UpdateHealthProfileCommand {
        Checks.present("riskFactors", riskFactors);
        riskFactors = riskFactors.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(RiskFactor.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(riskFactors));
    }
}
