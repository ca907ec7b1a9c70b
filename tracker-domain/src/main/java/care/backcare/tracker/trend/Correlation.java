package care.backcare.tracker.trend;

/** Spearman's rho between weekly adherence and mean pain, {@code lagWeeks} apart; null rho when it can't be told. */
public record Correlation(String method, int lagWeeks, Double rho, int n, boolean sufficient) {

    public static final String SPEARMAN = "spearman";
    /** Below this many paired weeks the report says "not enough data yet". */
    public static final int MIN_PAIRS = 4;
}
