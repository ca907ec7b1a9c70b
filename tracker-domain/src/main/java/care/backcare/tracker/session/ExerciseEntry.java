package care.backcare.tracker.session;

import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.stretch.StretchCatalog;

/** One stretch done in a session: how long each hold lasted, how many times, which side. */
public record ExerciseEntry(String stretch, int holdSeconds, int reps, Side side) {

    public ExerciseEntry {
        if (!StretchCatalog.contains(stretch)) {
            throw new InvalidValueException("stretch", "is not a stretch of the catalog");
        }
        Checks.inRange("holdSeconds", holdSeconds, 0, SessionRules.MAX_HOLD_SECONDS);
        Checks.inRange("reps", reps, SessionRules.MIN_REPS, SessionRules.MAX_REPS);
        side = side == null ? Side.BOTH : side;
    }

    String canonical() {
        return stretch + ',' + holdSeconds + ',' + reps + ',' + side;
    }
}
