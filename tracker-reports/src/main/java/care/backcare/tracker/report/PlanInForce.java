package care.backcare.tracker.report;

import java.util.List;

/** The routine plan in force at the end of the report's week; {@code isDefault} when the patient never planned one. */
public record PlanInForce(List<String> stretches, int minutesPerDay, int daysPerWeek, boolean isDefault) {

    public PlanInForce {
        stretches = List.copyOf(stretches);
    }
}
