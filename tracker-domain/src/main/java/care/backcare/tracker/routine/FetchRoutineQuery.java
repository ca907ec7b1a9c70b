package care.backcare.tracker.routine;

import java.util.UUID;

public record FetchRoutineQuery(UUID patientId) {
}
