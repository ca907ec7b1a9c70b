package care.backcare.tracker.trend;

/** A Theil–Sen slope per week of one weekly series over the statistics weeks; null when there are too few. */
public record TrendSlope(Double slopePerWeek, int n, boolean sufficient) {

    /** Below this many weeks with a value the slope is not shown. */
    public static final int MIN_WEEKS = 4;
}
