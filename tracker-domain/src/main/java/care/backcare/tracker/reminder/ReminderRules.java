package care.backcare.tracker.reminder;

/** How many reminder times a day the patient may ask for. */
public final class ReminderRules {

    public static final int MIN_TIMES = 1;
    public static final int MAX_TIMES = 4;

    private ReminderRules() {
    }
}
