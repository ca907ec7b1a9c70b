package care.backcare.tracker.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SessionView(
        UUID sessionId,
        Instant completedAt,
        LocalDate date,
        int durationMinutes,
        List<ExerciseEntry> exercises,
        PainDuring painDuring,
        String notes) {
}
