package care.backcare.tracker.routine;

import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.stretch.StretchCatalog;

import java.util.HashSet;
import java.util.List;

/** The stretches a patient means to do, how long a day and how many days a week. */
public record RoutinePlan(List<String> stretches, int minutesPerDay, int daysPerWeek) {

    /** The contract: a patient without a plan is treated as 10 minutes, 7 days a week. */
    public static final RoutinePlan DEFAULT = new RoutinePlan(StretchCatalog.STARTER_ROUTINE, 10, 7);

    public RoutinePlan {
        Checks.notEmpty("stretches", stretches);
        stretches = List.copyOf(stretches);
        for (int i = 0; i < stretches.size(); i++) {
            if (!StretchCatalog.contains(stretches.get(i))) {
                throw new InvalidValueException("stretches[" + i + "]", "is not a stretch of the catalog");
            }
        }
        if (new HashSet<>(stretches).size() != stretches.size()) {
            throw new InvalidValueException("stretches", "must not name a stretch twice");
        }
        Checks.inRange("minutesPerDay", minutesPerDay, RoutineRules.MIN_MINUTES_PER_DAY, RoutineRules.MAX_MINUTES_PER_DAY);
        Checks.inRange("daysPerWeek", daysPerWeek, RoutineRules.MIN_DAYS_PER_WEEK, RoutineRules.MAX_DAYS_PER_WEEK);
    }
}
