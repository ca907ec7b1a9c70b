package care.backcare.tracker.pain;

import java.time.LocalDate;

/**
 * One flag over a red-flag history: its level (current policy, with the health profile), how many entries
 * carried it (withdrawn ones not counted), when it was first and last seen, and whether it first appeared in
 * the week of interest (the report's week, or the current one on a page).
 */
public record RedFlagSummary(
        RedFlag flag,
        String label,
        TriageLevel level,
        int count,
        LocalDate firstSeen,
        LocalDate lastSeen,
        boolean newThisWeek) {
}
