package care.backcare.tracker.share;

import java.util.UUID;

public record FetchShareAccessesQuery(UUID patientId, UUID shareId) {
}
