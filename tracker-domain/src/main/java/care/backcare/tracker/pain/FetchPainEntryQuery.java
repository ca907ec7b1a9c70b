package care.backcare.tracker.pain;

import java.util.UUID;

public record FetchPainEntryQuery(UUID patientId, UUID entryId) {
}
