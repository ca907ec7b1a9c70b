package care.backcare.tracker.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A change in pain a patient would notice (Farrar 2001; IMMPACT; Ostelo 2008): an improvement is a fall of
 * 2 points, or of 30 % when the baseline is at least 4; a worsening is a rise of 2 points. Decided on the
 * one-decimal means as printed, so a printed "-2.0" always goes with "improved".
 */
public final class MeaningfulChange {

    public static final BigDecimal MIN_POINTS = new BigDecimal("2.0");
    public static final BigDecimal MIN_PERCENT = new BigDecimal("30.0");
    public static final BigDecimal PERCENT_NEEDS_BASELINE = new BigDecimal("4.0");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeaningfulChange() {
    }

    /** latest − baseline, exact on the one-decimal means. */
    public static BigDecimal delta(BigDecimal baseline, BigDecimal latest) {
        return latest.subtract(baseline);
    }

    /** 100 · delta / baseline, rounded half away from zero to one decimal; null when the baseline is 0. */
    public static BigDecimal percent(BigDecimal delta, BigDecimal baseline) {
        return baseline.signum() == 0 ? null : delta.multiply(HUNDRED).divide(baseline, 1, RoundingMode.HALF_UP);
    }

    public static ChangeVerdict verdict(BigDecimal baseline, BigDecimal delta, BigDecimal percent) {
        if (delta.compareTo(MIN_POINTS.negate()) <= 0
                || (baseline.compareTo(PERCENT_NEEDS_BASELINE) >= 0 && percent != null
                && percent.compareTo(MIN_PERCENT.negate()) <= 0)) {
            return ChangeVerdict.IMPROVED;
        }
        if (delta.compareTo(MIN_POINTS) >= 0) {
            return ChangeVerdict.WORSENED;
        }
        return ChangeVerdict.NO_CLEAR_CHANGE;
    }
}
