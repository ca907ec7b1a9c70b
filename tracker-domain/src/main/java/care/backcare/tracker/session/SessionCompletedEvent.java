package care.backcare.tracker.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A patient completed a stretching session. Carries the patient's time zone so that projections
 * place it on the patient's own calendar without looking anything up.
 */
@Revision("1")
public record SessionCompletedEvent(
        UUID patientId,
        UUID sessionId,
        Instant completedAt,
        ZoneId timeZone,
        int durationMinutes,
        List<ExerciseEntry> exercises,
        PainDuring painDuring,
        String notes) {

    public SessionContent content() {
        return new SessionContent(completedAt, durationMinutes, exercises, painDuring, notes);
    }
}
