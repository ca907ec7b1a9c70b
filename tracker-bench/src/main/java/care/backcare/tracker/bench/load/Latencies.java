package care.backcare.tracker.bench.load;

import java.util.Arrays;

/** Latencies in microseconds, recorded by one thread, merged afterwards. */
final class Latencies {

    private long[] values = new long[1 << 16];
    private int count;

    void record(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos / 1_000;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.record(part.values[i] * 1_000);
            }
        }
        return all;
    }

    int count() {
        return count;
    }

    /** The q-quantile in milliseconds (0.5 the median, 0.99 the 99th percentile). */
    double quantileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(count - 1, Math.ceil(q * count) - 1 < 0 ? 0 : Math.ceil(q * count) - 1)] / 1000.0;
    }
}
