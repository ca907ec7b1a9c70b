package care.backcare.tracker.report;

/**
 * One stretch in the report's week. {@code timesDone} counts the exercise entries that name it;
 * {@code totalHoldSeconds} sums hold x reps over them. The side counts and the hold time per side
 * ({@code leftHoldSeconds}, {@code rightHoldSeconds}: hold x reps of the entries done on that side
 * alone) matter for per-side stretches. A planned stretch that was not done has {@code timesDone} 0
 * and {@code inPlan} true.
 */
public record StretchWeek(
        String stretchId,
        String name,
        boolean perSide,
        boolean inPlan,
        int timesDone,
        int totalReps,
        int totalHoldSeconds,
        int leftTimes,
        int rightTimes,
        int bothTimes,
        int leftHoldSeconds,
        int rightHoldSeconds) {

    public boolean skipped() {
        return inPlan && timesDone == 0;
    }
}
