package care.backcare.tracker.reminder;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CalendarFeedRevokedEvent(UUID patientId, UUID feedId, Instant revokedAt) {
}
