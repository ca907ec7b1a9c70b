package care.backcare.tracker.trend;

/** Mean pain of the first and last weeks with entries, and whether the change matters clinically. */
public record PainChange(
        Double baselinePainMean,
        Double latestPainMean,
        Double delta,
        Double percent,
        boolean clinicallyMeaningful) {

    public static final PainChange NO_DATA = new PainChange(null, null, null, null, false);
}
