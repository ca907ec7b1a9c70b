package care.backcare.tracker.trend;

/**
 * Spearman's rho between weekly adherence and pain with the week's position held constant (a partial rank
 * correlation), and its 95 % interval through Fisher's z; null figures when it can't be told.
 */
public record PartialCorrelation(String method, String controllingFor, Double rho, Double ciLow, Double ciHigh, int n,
                                 boolean sufficient) {

    public static final String PARTIAL_SPEARMAN = "partial-spearman";
    public static final String WEEK = "week";
    /** Below this many weeks with both figures the report says "not enough data yet". */
    public static final int MIN_WEEKS = 8;
}
