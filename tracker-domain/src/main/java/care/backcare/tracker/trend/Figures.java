package care.backcare.tracker.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display rounding, the one place it happens: 3 decimals for adherence and rho, 1 for means and
 * changes. Half-up on the decimal value (0.7145 shows as 0.715), and never a "-0.0".
 */
public final class Figures {

    private Figures() {
    }

    public static Double ratio(Double value) {
        return round(value, 3);
    }

    public static Double mean(Double value) {
        return round(value, 1);
    }

    static Double round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        double rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        return rounded == 0 ? 0.0 : rounded;
    }
}
