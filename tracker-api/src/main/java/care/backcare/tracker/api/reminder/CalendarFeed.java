package care.backcare.tracker.api.reminder;

import care.backcare.tracker.reminder.ReminderSchedule;
import care.backcare.tracker.reminder.Weekday;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reminders as an RFC 5545 calendar: one weekly recurring event per reminder time, on the chosen days,
 * lasting the routine's minutes, with an alarm at its start. Times are floating local times (no TZID):
 * 07:30 rings at 07:30 wherever the phone is, which is what a morning habit wants, and no VTIMEZONE has to
 * be kept in step with the zone database. Nothing clinical: a title, a fixed line of text, times and days.
 */
final class CalendarFeed {

    static final String TITLE = "Back stretches";
    static final String ALARM_TEXT = "Time for your back stretches";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFeed() {
    }

    /**
     * @param feedId      makes each event's UID, stable while the feed lives
     * @param firstDay    the local day the recurrences start from
     * @param stampedAt   when the schedule was set (DTSTAMP)
     * @param minutes     the routine's length: the events' duration and their title
     */
    static String render(UUID feedId, ReminderSchedule schedule, LocalDate firstDay, Instant stampedAt, int minutes) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Backcare Tracker//Reminders//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:Backcare reminders");
        line(ics, "REFRESH-INTERVAL;VALUE=DURATION:PT12H");
        line(ics, "X-PUBLISHED-TTL:PT12H");
        String byDay = schedule.days().stream().map(Weekday::icalendar).collect(Collectors.joining(","));
        String summary = TITLE + ", " + minutes + " min";
        for (LocalTime time : schedule.localTimes()) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + UUID.nameUUIDFromBytes((feedId + "/" + time).getBytes(StandardCharsets.UTF_8)) + "@backcare");
            line(ics, "DTSTAMP:" + UTC.format(stampedAt));
            line(ics, "DTSTART:" + LOCAL.format(firstDay.atTime(time)));
            line(ics, "DURATION:PT" + minutes + "M");
            line(ics, "RRULE:FREQ=WEEKLY;BYDAY=" + byDay);
            line(ics, "SUMMARY:" + text(summary));
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "DESCRIPTION:" + text(ALARM_TEXT));
            line(ics, "TRIGGER:PT0S");
            line(ics, "END:VALARM");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and newline escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static void line(StringBuilder ics, String content) {
        ics.append(content).append("\r\n");
    }
}
