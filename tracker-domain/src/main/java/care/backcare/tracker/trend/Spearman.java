package care.backcare.tracker.trend;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/** Spearman's rank correlation: Pearson's r of the ranks, tied values sharing their average rank. */
public final class Spearman {

    private Spearman() {
    }

    /** Empty when there are fewer than two pairs or either side is constant (rho is undefined). */
    public static OptionalDouble rho(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples must have the same length");
        }
        if (x.length < 2 || isConstant(x) || isConstant(y)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(pearson(ranks(x), ranks(y)));
    }

    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = averageRank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    private static boolean isConstant(double[] values) {
        return Arrays.stream(values).allMatch(value -> value == values[0]);
    }
}
