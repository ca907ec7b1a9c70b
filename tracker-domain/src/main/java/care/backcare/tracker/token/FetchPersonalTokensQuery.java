package care.backcare.tracker.token;

import java.util.UUID;

/** The patient's active personal tokens, without their secrets. */
public record FetchPersonalTokensQuery(UUID patientId) {
}
