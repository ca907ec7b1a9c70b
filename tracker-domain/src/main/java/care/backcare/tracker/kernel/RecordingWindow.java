package care.backcare.tracker.kernel;

import java.time.Duration;
import java.time.Instant;

/**
 * When an entry may say it happened: a phone's clock may run a little ahead, and a patient may
 * backfill up to a year of paper notes, but nothing beyond.
 */
public final class RecordingWindow {

    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    public static final Duration MAX_BACKFILL = Duration.ofDays(365);

    private RecordingWindow() {
    }

    public static void check(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw new InvalidValueException(field, "must not be more than 5 minutes in the future");
        }
        if (at.isBefore(now.minus(MAX_BACKFILL))) {
            throw new InvalidValueException(field, "must not be more than 365 days in the past");
        }
    }
}
