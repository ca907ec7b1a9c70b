package care.backcare.tracker.trend;

/**
 * A change in pain a patient would notice: at least 2 points or 30 % from baseline on the 0-10
 * scale (Farrar et al. 2001; IMMPACT). Smaller changes are shown as they are, without the label.
 */
public final class MeaningfulChange {

    public static final double MIN_POINTS = 2.0;
    public static final double MIN_PERCENT = 30.0;
    /** Means are ratios of integers: 16/3 - 10/3 must count as the 2 points it is, not 1.9999999999999996. */
    private static final double TOLERANCE = 1e-9;

    private MeaningfulChange() {
    }

    public static boolean isMeaningful(double delta, Double percent) {
        return Math.abs(delta) >= MIN_POINTS - TOLERANCE
                || (percent != null && Math.abs(percent) >= MIN_PERCENT - TOLERANCE);
    }

    /** The raw (unrounded) change from baseline; percent is null when the baseline is 0. */
    public static PainChange between(double baseline, double latest) {
        double delta = latest - baseline;
        Double percent = baseline == 0 ? null : delta / baseline * 100;
        return new PainChange(baseline, latest, delta, percent, isMeaningful(delta, percent));
    }
}
