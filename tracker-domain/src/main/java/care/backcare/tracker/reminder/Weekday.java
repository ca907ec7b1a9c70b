package care.backcare.tracker.reminder;

import java.time.DayOfWeek;

/** A day of the week as the contract spells it; {@link #icalendar()} as RFC 5545's BYDAY spells it. */
public enum Weekday {
    MON, TUE, WED, THU, FRI, SAT, SUN;

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.of(ordinal() + 1);
    }

    public String icalendar() {
        return name().substring(0, 2);
    }
}
