package care.backcare.tracker.share;

import java.util.UUID;

public record FetchSharesQuery(UUID patientId) {
}
