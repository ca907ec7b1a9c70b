package care.backcare.tracker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures read in the report. The records carry values already rounded for display (3 decimals
 * for adherence and rho, 1 for means), so these only print them: adherence 0.714 becomes "71.4 %"
 * by moving the decimal point, never by recomputing.
 */
final class Formats {

    /** Shown where a value is unknown: an untracked week's adherence, a week without pain entries. */
    static final String MISSING = "–";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    /** A 0-1 ratio (3 decimals) as a percentage with one decimal: 0.714 -> "71.4 %". */
    static String percent(Double ratio) {
        if (ratio == null) {
            return MISSING;
        }
        return BigDecimal.valueOf(ratio).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** A mean pain score or a change in points, one decimal as the record carries it. */
    static String oneDecimal(Double value) {
        return value == null ? MISSING : scaled(value, 1);
    }

    /** A change with its sign spelled out: "+1.2", "-2.2", "0.0". */
    static String signed(Double value) {
        if (value == null) {
            return MISSING;
        }
        String text = scaled(value, 1);
        return value > 0 ? "+" + text : text;
    }

    /** Spearman's rho with the three decimals of the record: -0.62 -> "-0.620". */
    static String rho(Double value) {
        return value == null ? MISSING : scaled(value, 3);
    }

    static String integer(Integer value) {
        return value == null ? MISSING : Integer.toString(value);
    }

    /** A duration in seconds as m:ss (minutes may exceed 59). */
    static String minutesSeconds(int totalSeconds) {
        return String.format(Locale.ROOT, "%d:%02d", totalSeconds / 60, totalSeconds % 60);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String dayWithYear(LocalDate date) {
        return DAY_WITH_YEAR.format(date);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * Dates for people: "Mon 23 – Sun 29 Nov", "Mon 26 Oct – Sun 8 Nov", "Mon 28 Dec 2026 – Sun 3 Jan 2027";
     * ISO week names are for machines.
     */
    static String dateRange(LocalDate from, LocalDate to) {
        DateTimeFormatter weekday = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
        if (from.getYear() != to.getYear()) {
            return DAY_WITH_YEAR.format(from) + " – " + DAY_WITH_YEAR.format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return DAY.format(from) + " – " + DAY.format(to);
        }
        return weekday.format(from) + " – " + DAY.format(to);
    }

    /** A figure with the given decimals and no sign added: "0.18". */
    static String decimals(double value, int decimals) {
        return scaled(value, decimals);
    }

    /** A week's dates in a table: "16–22 Nov", "26 Oct–1 Nov" (the ISO week beside it gives the year). */
    static String shortRange(LocalDate from, LocalDate to) {
        if (from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + SHORT_DATE.format(to);
        }
        return SHORT_DATE.format(from) + "–" + SHORT_DATE.format(to);
    }

    /** A slope with its sign and the record's decimals: "+0.031", "-0.18". */
    static String signedSlope(Double value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        String text = scaled(value, decimals);
        return value > 0 ? "+" + text : text;
    }

    /** "1 day", "3 days". */
    static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    private static String scaled(double value, int decimals) {
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // Figures never yields -0.0, but a hand-built record might
        return text.matches("-0\\.0+") ? text.substring(1) : text;
    }
}
