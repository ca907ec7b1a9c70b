package care.backcare.tracker.trend;

/**
 * A caseload row's figures: adherence and mean daily pain over the last 14 complete days (null when no day
 * was planned, resp. rated), and the change in pain as the patient's trends show it.
 */
public record RecentFigures(Double adherence, Double painMean, PainChange change) {
}
