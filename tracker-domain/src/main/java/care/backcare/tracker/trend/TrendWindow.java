package care.backcare.tracker.trend;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The weeks a trend covers, {@code weeks} ISO weeks ending with {@code lastWeek}, seen on {@code today}
 * in the patient's zone: the week containing today is in progress.
 */
public record TrendWindow(ZoneId zone, LocalDate today, IsoWeek lastWeek, int weeks) {

    /** Both periods of the change are 14 dates. */
    public static final int PERIOD_DAYS = 14;

    public TrendWindow {
        if (weeks < 1) {
            throw new IllegalArgumentException("a trend window holds at least one week");
        }
    }

    public IsoWeek firstWeek() {
        return lastWeek.plusWeeks(1L - weeks);
    }

    public LocalDate firstDate() {
        return firstWeek().start();
    }

    public LocalDate lastDate() {
        return lastWeek.end();
    }

    /** Yesterday when the last week is in progress (or later than today's); its Sunday for a past week. */
    public LocalDate lastCompleteDate() {
        return today.isAfter(lastDate()) ? lastDate() : today.minusDays(1);
    }

    public LocalDate latestPeriodStart() {
        return lastCompleteDate().minusDays(PERIOD_DAYS - 1L);
    }

    /** The earliest date whose sessions, pain entries and rest days the statistics read (baseline pain aside). */
    public LocalDate firstDateRead() {
        LocalDate latest = latestPeriodStart();
        return latest.isBefore(firstDate()) ? latest : firstDate();
    }
}
