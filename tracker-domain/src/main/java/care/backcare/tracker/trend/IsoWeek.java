package care.backcare.tracker.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week, Monday to Sunday, written {@code 2026-W47}. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;
    /** The earliest week there is: a window of weeks ending with a week must not start before it. */
    public static final IsoWeek FIRST = new IsoWeek(MIN_YEAR, 1);

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        long weeksInYear = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException(year + " has no ISO week " + week);
        }
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** @throws IllegalArgumentException when the text is not an existing ISO week such as {@code 2026-W47} */
    public static IsoWeek parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not an ISO week of the form 2026-W47: " + text);
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate start() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    public LocalDate end() {
        return start().plusDays(6);
    }

    /** The first moment after this week in the given zone: Monday 00:00 of the next week. */
    public ZonedDateTime endExclusive(ZoneId zone) {
        return start().plusWeeks(1).atStartOfDay(zone);
    }

    public IsoWeek plusWeeks(long weeks) {
        return of(start().plusWeeks(weeks));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
