package care.backcare.tracker.trend;

import java.util.UUID;

/** The trend window of {@code weeks} weeks ending with {@code lastWeek}, or with the current week when null. */
public record FetchTrendsQuery(UUID patientId, IsoWeek lastWeek, int weeks) {
}
