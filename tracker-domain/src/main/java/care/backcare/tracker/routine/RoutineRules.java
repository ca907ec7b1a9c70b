package care.backcare.tracker.routine;

public final class RoutineRules {

    public static final int MIN_MINUTES_PER_DAY = 1;
    public static final int MAX_MINUTES_PER_DAY = 120;
    public static final int MIN_DAYS_PER_WEEK = 1;
    public static final int MAX_DAYS_PER_WEEK = 7;

    private RoutineRules() {
    }
}
