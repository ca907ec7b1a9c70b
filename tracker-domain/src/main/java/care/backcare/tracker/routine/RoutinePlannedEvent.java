package care.backcare.tracker.routine;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A new plan, in force from {@code plannedAt} until the next one. */
@Revision("1")
public record RoutinePlannedEvent(
        UUID patientId,
        List<String> stretches,
        int minutesPerDay,
        int daysPerWeek,
        Instant plannedAt) {

    public RoutinePlan plan() {
        return new RoutinePlan(stretches, minutesPerDay, daysPerWeek);
    }
}
