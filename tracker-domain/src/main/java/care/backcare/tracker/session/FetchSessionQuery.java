package care.backcare.tracker.session;

import java.util.UUID;

public record FetchSessionQuery(UUID patientId, UUID sessionId) {
}
