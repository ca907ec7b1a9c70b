package care.backcare.tracker.api.routine;

import care.backcare.tracker.api.stretch.KnownStretch;
import care.backcare.tracker.routine.RoutinePlan;
import care.backcare.tracker.routine.RoutineRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The routine body, as the patient sends it and as a clinician prescribes it. */
public record RoutineRequest(
        @NotNull @Size(min = 1, max = 15) List<@NotNull @KnownStretch String> stretches,
        @NotNull @Min(RoutineRules.MIN_MINUTES_PER_DAY) @Max(RoutineRules.MAX_MINUTES_PER_DAY) Integer minutesPerDay,
        @NotNull @Min(RoutineRules.MIN_DAYS_PER_WEEK) @Max(RoutineRules.MAX_DAYS_PER_WEEK) Integer daysPerWeek) {

    public RoutinePlan plan() {
        return new RoutinePlan(stretches, minutesPerDay, daysPerWeek);
    }
}
