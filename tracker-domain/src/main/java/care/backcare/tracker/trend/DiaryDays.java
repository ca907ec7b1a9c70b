package care.backcare.tracker.trend;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A history's entries gathered per date: what each date of a window or period is looked up in. */
final class DiaryDays {

    static final class Day {
        int sessions;
        int minutes;
        int painEntries;
        long painSum;
        int painMin = Integer.MAX_VALUE;
        int painMax = Integer.MIN_VALUE;
        int redFlagEntries;
        boolean rest;

        boolean active() {
            return sessions > 0;
        }

        boolean rated() {
            return painEntries > 0;
        }

        /** A rest day counts only when no session was logged on it. */
        boolean restOnly() {
            return rest && sessions == 0;
        }

        /** The mean of the date's scores. */
        Ratio dailyPain() {
            return Ratio.of(painSum, painEntries);
        }
    }

    private static final Day EMPTY = new Day();

    private final Map<LocalDate, Day> days = new HashMap<>();

    DiaryDays(TrendHistory history) {
        for (SessionFact session : history.sessions()) {
            Day day = days.computeIfAbsent(session.date(), date -> new Day());
            day.sessions++;
            day.minutes += session.minutes();
        }
        for (PainFact entry : history.pain()) {
            Day day = days.computeIfAbsent(entry.date(), date -> new Day());
            day.painEntries++;
            day.painSum += entry.score();
            day.painMin = Math.min(day.painMin, entry.score());
            day.painMax = Math.max(day.painMax, entry.score());
            day.redFlagEntries += entry.redFlag() ? 1 : 0;
        }
        for (LocalDate date : history.restDates()) {
            days.computeIfAbsent(date, d -> new Day()).rest = true;
        }
    }

    Day on(LocalDate date) {
        return days.getOrDefault(date, EMPTY);
    }
}
