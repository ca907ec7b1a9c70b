package care.backcare.tracker.routine;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * A plan for the patient, set by the patient (no author) or by a connected clinician ({@code setBy} and the name
 * the patient will see).
 */
public record PlanRoutineCommand(@TargetAggregateIdentifier UUID patientId, RoutinePlan plan, UUID setBy,
                                 String setByName) {

    /** Set by the patient themself. */
    public PlanRoutineCommand(UUID patientId, RoutinePlan plan) {
        this(patientId, plan, null, null);
    }
}
