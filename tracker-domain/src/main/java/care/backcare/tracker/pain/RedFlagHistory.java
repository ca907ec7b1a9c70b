package care.backcare.tracker.pain;

import care.backcare.tracker.health.RiskFactor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How every view shows a red-flag history (report, shared page, patient page): the highest level first and
 * the newest entries first, and a summary per flag before the detail, so that this week's emergency can never
 * sit below last month's "see someone soon". Withdrawn entries stay in the list (marked) but leave every count.
 */
public final class RedFlagHistory {

    /** Entries listed in full before "and N more": the first screen of the shared page must still show the trend. */
    public static final int ENTRIES_SHOWN = 6;

    private RedFlagHistory() {
    }

    /** The entries, most urgent level first, then newest first. */
    public static <E> List<E> ordered(List<E> entries, Function<E, TriageLevel> level, Function<E, Instant> recordedAt) {
        return entries.stream()
                .sorted(Comparator.comparing(level).thenComparing(recordedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Per flag, over the entries not withdrawn: most urgent level first, then most recently seen. */
    public static <E> List<RedFlagSummary> summarize(List<E> entries, Function<E, LocalDate> date,
                                                     Function<E, Set<RedFlag>> flags, Predicate<E> withdrawn,
                                                     Set<RiskFactor> riskFactors, LocalDate weekStart) {
        Map<RedFlag, LocalDate[]> seen = new EnumMap<>(RedFlag.class);
        Map<RedFlag, Integer> counts = new EnumMap<>(RedFlag.class);
        for (E entry : entries) {
            if (withdrawn.test(entry)) {
                continue;
            }
            LocalDate day = date.apply(entry);
            for (RedFlag flag : flags.apply(entry)) {
                counts.merge(flag, 1, Integer::sum);
                seen.merge(flag, new LocalDate[]{day, day}, (a, b) -> new LocalDate[]{
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
        }
        List<RedFlagSummary> summary = new ArrayList<>();
        LocalDate weekEnd = weekStart.plusDays(6);
        seen.forEach((flag, firstAndLast) -> summary.add(new RedFlagSummary(flag, flag.label(),
                RedFlagTriage.levelOf(flag, riskFactors), counts.get(flag), firstAndLast[0], firstAndLast[1],
                !firstAndLast[0].isBefore(weekStart) && !firstAndLast[0].isAfter(weekEnd))));
        summary.sort(Comparator.comparing(RedFlagSummary::level)
                .thenComparing(RedFlagSummary::lastSeen, Comparator.reverseOrder())
                .thenComparing(RedFlagSummary::flag));
        return List.copyOf(summary);
    }
}
