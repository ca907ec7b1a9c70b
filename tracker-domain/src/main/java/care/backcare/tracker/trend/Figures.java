package care.backcare.tracker.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display rounding, the one place it happens: 3 decimals for adherence, rho, its interval and the adherence
 * slope; 2 for the pain slope; 1 for means, changes and planned days. Half away from zero on the shortest
 * decimal form of the double (0.7145 shows as 0.715), and never a "-0.0".
 */
public final class Figures {

    private Figures() {
    }

    public static Double ratio(Double value) {
        return round(value, 3);
    }

    public static Double painSlope(Double value) {
        return round(value, 2);
    }

    public static Double mean(Double value) {
        return round(value, 1);
    }

    /** The decimal a figure is decided on: the shortest form of the double, half away from zero. */
    public static BigDecimal decimal(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
    }

    static Double round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        double rounded = decimal(value, decimals).doubleValue();
        return rounded == 0 ? 0.0 : rounded;
    }
}
