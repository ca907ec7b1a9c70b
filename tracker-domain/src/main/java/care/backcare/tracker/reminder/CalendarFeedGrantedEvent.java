package care.backcare.tracker.reminder;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CalendarFeedGrantedEvent(UUID patientId, UUID feedId, String tokenHash, Instant grantedAt) {
}
