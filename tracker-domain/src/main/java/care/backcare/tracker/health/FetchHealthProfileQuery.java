package care.backcare.tracker.health;

import java.util.UUID;

/** Answered with a {@link HealthProfile} ({@link HealthProfile#NOT_ANSWERED} when never given). */
public record FetchHealthProfileQuery(UUID patientId) {
}
