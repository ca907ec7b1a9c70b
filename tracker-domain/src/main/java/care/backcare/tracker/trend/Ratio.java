package care.backcare.tracker.trend;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction. Means of integer pain scores and ratios of days are rationals: kept exact until they
 * are shown, two weeks with the same mean tie exactly (Spearman's ranks) and a mean of exactly 4.25
 * rounds to 4.3, where a sum of doubles could make it 4.2499999999999996. Kept in longs (a Theil–Sen
 * slope over 104 weeks compares thousands of them); BigInteger only when a long would overflow.
 */
final class Ratio implements Comparable<Ratio> {

    private static final MathContext WIDE = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    static final Ratio ZERO = of(0, 1);
    static final Ratio ONE = of(1, 1);

    /** Lowest terms, denominator positive; {@code big} is null while both fit a long (and not MIN_VALUE). */
    private final long numerator;
    private final long denominator;
    private final BigInteger[] big;

    private Ratio(long numerator, long denominator, BigInteger[] big) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.big = big;
    }

    static Ratio of(long numerator, long denominator) {
        return small(numerator, denominator);
    }

    private static Ratio small(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("a ratio's denominator must not be zero");
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        return new Ratio(numerator / gcd, denominator / gcd, null);
    }

    private static Ratio of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a ratio's denominator must not be zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (fits(numerator) && fits(denominator)) {
            return new Ratio(numerator.longValue(), denominator.longValue(), null);
        }
        return new Ratio(0, 1, new BigInteger[]{numerator, denominator});
    }

    private static boolean fits(BigInteger value) {
        return value.compareTo(LONG_MIN) > 0 && value.compareTo(LONG_MAX) <= 0;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    private BigInteger bigNumerator() {
        return big == null ? BigInteger.valueOf(numerator) : big[0];
    }

    private BigInteger bigDenominator() {
        return big == null ? BigInteger.valueOf(denominator) : big[1];
    }

    Ratio plus(Ratio other) {
        if (big == null && other.big == null) {
            try {
                if (denominator == other.denominator) {
                    return small(Math.addExact(numerator, other.numerator), denominator);
                }
                return small(Math.addExact(Math.multiplyExact(numerator, other.denominator),
                                Math.multiplyExact(other.numerator, denominator)),
                        Math.multiplyExact(denominator, other.denominator));
            } catch (ArithmeticException overflow) {
                // exact in BigInteger below
            }
        }
        return of(bigNumerator().multiply(other.bigDenominator()).add(other.bigNumerator().multiply(bigDenominator())),
                bigDenominator().multiply(other.bigDenominator()));
    }

    Ratio negate() {
        return big == null ? new Ratio(-numerator, denominator, null) : of(big[0].negate(), big[1]);
    }

    Ratio minus(Ratio other) {
        return plus(other.negate());
    }

    Ratio dividedBy(long divisor) {
        if (big == null) {
            try {
                return small(numerator, Math.multiplyExact(denominator, divisor));
            } catch (ArithmeticException overflow) {
                // exact in BigInteger below
            }
        }
        return of(bigNumerator(), bigDenominator().multiply(BigInteger.valueOf(divisor)));
    }

    Ratio min(Ratio other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The double nearest the exact value. */
    double toDouble() {
        if (big == null && Math.abs(numerator) < (1L << 53) && denominator < (1L << 53)) {
            return (double) numerator / denominator; // both exact: IEEE division rounds correctly
        }
        return new BigDecimal(bigNumerator()).divide(new BigDecimal(bigDenominator()), WIDE).doubleValue();
    }

    @Override
    public int compareTo(Ratio other) {
        if (big == null && other.big == null) {
            try {
                return Long.compare(Math.multiplyExact(numerator, other.denominator),
                        Math.multiplyExact(other.numerator, denominator));
            } catch (ArithmeticException overflow) {
                // exact in BigInteger below
            }
        }
        return bigNumerator().multiply(other.bigDenominator()).compareTo(other.bigNumerator().multiply(bigDenominator()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ratio ratio && compareTo(ratio) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(toDouble());
    }

    @Override
    public String toString() {
        return bigNumerator() + "/" + bigDenominator();
    }
}
