package care.backcare.tracker.reminder;

import care.backcare.tracker.kernel.InvalidValueException;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the patient wants to be reminded: 1 to 4 local times of day ({@code HH:mm}, each once, in order) on
 * one or more days of the week (each once, Monday first). {@link #NONE} is the schedule of a patient who
 * never set one: no times, no days, so a calendar feed carries no event until they do.
 */
public record ReminderSchedule(List<String> times, List<Weekday> days) {

    public static final ReminderSchedule NONE = new ReminderSchedule(List.of(), List.of());

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    public ReminderSchedule {
        times = List.copyOf(times);
        days = List.copyOf(days);
    }

    /** Checks and normalises: times sorted and unique, days Monday first and unique. */
    public static ReminderSchedule of(List<String> times, List<Weekday> days) {
        if (times == null || times.size() < ReminderRules.MIN_TIMES || times.size() > ReminderRules.MAX_TIMES) {
            throw new InvalidValueException("times",
                    "must list " + ReminderRules.MIN_TIMES + " to " + ReminderRules.MAX_TIMES + " times of day");
        }
        if (days == null || days.isEmpty() || days.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException("days", "must list at least one day, MON to SUN");
        }
        Set<LocalTime> parsed = new TreeSet<>();
        for (String time : times) {
            if (time == null || !time.matches("\\d{2}:\\d{2}")) {
                throw new InvalidValueException("times", "each time must be a local time of day as HH:mm, e.g. 07:30");
            }
            try {
                if (!parsed.add(LocalTime.parse(time, HH_MM))) {
                    throw new InvalidValueException("times", "lists " + time + " twice");
                }
            } catch (DateTimeParseException notATime) {
                throw new InvalidValueException("times", "each time must be a local time of day as HH:mm, e.g. 07:30");
            }
        }
        if (EnumSet.copyOf(days).size() != days.size()) {
            throw new InvalidValueException("days", "lists a day twice");
        }
        return new ReminderSchedule(parsed.stream().map(HH_MM::format).toList(), List.copyOf(EnumSet.copyOf(days)));
    }

    public List<LocalTime> localTimes() {
        return times.stream().map(time -> LocalTime.parse(time, HH_MM)).toList();
    }

    public boolean isSet() {
        return !times.isEmpty();
    }
}
