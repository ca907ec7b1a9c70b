package care.backcare.tracker.routine;

import java.time.Instant;
import java.util.UUID;

/** The plan in force at {@code at}, or the latest plan when {@code at} is null. */
public record FetchRoutineQuery(UUID patientId, Instant at) {

    public FetchRoutineQuery(UUID patientId) {
        this(patientId, null);
    }
}
