package care.backcare.tracker.routine;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record PlanRoutineCommand(@TargetAggregateIdentifier UUID patientId, RoutinePlan plan) {
}
