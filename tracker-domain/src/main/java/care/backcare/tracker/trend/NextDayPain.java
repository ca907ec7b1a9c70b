package care.backcare.tracker.trend;

/**
 * Mean daily pain on the day after a day with a session, and on the day after a day without one: a
 * comparison within the patient that the weekly drift of both series cannot fake.
 */
public record NextDayPain(int afterSessionDays, Double meanAfterSession, int afterOtherDays, Double meanAfterOther,
                          Double difference, boolean sufficient) {

    /** Each group needs this many days before the comparison counts. */
    public static final int MIN_DAYS = 7;
}
