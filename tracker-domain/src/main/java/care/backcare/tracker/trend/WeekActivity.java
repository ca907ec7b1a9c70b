package care.backcare.tracker.trend;

/**
 * The raw tallies of one week as a projection keeps them. Pain scores are kept as a sum so the
 * mean is computed once, here in the domain, for the API and the report alike.
 */
public record WeekActivity(
        int sessions,
        int activeDays,
        int minutes,
        int painEntries,
        long painScoreSum,
        Integer painMin,
        Integer painMax,
        int redFlagEntries) {

    public static final WeekActivity NONE = new WeekActivity(0, 0, 0, 0, 0, null, null, 0);
}
