package care.backcare.tracker.api.support;

import care.backcare.tracker.kernel.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A {@code from}/{@code to} window of the patient's local dates; by default the last 28 days. */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 28;
    public static final int MAX_DAYS = 366;

    public static DateRange resolve(LocalDate from, LocalDate to, ZoneId zone, Clock clock) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.isAfter(end)) {
            throw new InvalidValueException("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new InvalidValueException("to", "must be at most " + MAX_DAYS + " days after from");
        }
        return new DateRange(start, end);
    }
}
