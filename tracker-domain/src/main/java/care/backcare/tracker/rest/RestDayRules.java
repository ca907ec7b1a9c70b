package care.backcare.tracker.rest;

import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.kernel.RecordingWindow;

import java.time.LocalDate;

public final class RestDayRules {

    public static final int NOTES_MAX_LENGTH = 2_000;

    private RestDayRules() {
    }

    /** The sessions' bounds on the patient's calendar: up to 365 days back, not after today. */
    public static void checkDate(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidValueException("date", "must not be after today");
        }
        if (date.isBefore(today.minusDays(RecordingWindow.MAX_BACKFILL.toDays()))) {
            throw new InvalidValueException("date", "must not be more than 365 days in the past");
        }
    }
}
