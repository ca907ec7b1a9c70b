package care.backcare.tracker.account;

import java.util.UUID;

public record FetchProfileQuery(UUID patientId) {
}
