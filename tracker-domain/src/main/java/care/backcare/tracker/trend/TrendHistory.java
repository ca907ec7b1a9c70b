package care.backcare.tracker.trend;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the statistics read of a patient's diary, per date on the patient's calendar, withdrawn entries
 * left out. The entries must cover every date the engine reads: the window's dates, the latest 14 days
 * ({@link TrendWindow#firstDateRead()}) and, for pain, the 14 baseline days from {@code firstPainDate};
 * entries outside them are ignored.
 *
 * @param trackingStart the earliest date with a session, pain entry or rest day, over the whole history
 * @param firstPainDate the earliest date with a pain entry, over the whole history
 * @param plans         every routine plan recorded
 * @param restDates     the dates marked as rest days (a rest day with a session on it is an active day)
 */
public record TrendHistory(
        Optional<LocalDate> trackingStart,
        Optional<LocalDate> firstPainDate,
        PlanTimeline plans,
        List<SessionFact> sessions,
        List<PainFact> pain,
        Set<LocalDate> restDates) {

    public TrendHistory {
        sessions = List.copyOf(sessions);
        pain = List.copyOf(pain);
        restDates = Set.copyOf(restDates);
    }

    /** A history given whole: the tracking start and first pain date are read from the entries themselves. */
    public static TrendHistory of(PlanTimeline plans, Collection<SessionFact> sessions, Collection<PainFact> pain,
                                  Collection<LocalDate> restDates) {
        Optional<LocalDate> start = Stream.of(sessions.stream().map(SessionFact::date), pain.stream().map(PainFact::date),
                restDates.stream()).flatMap(dates -> dates).min(Comparator.naturalOrder());
        Optional<LocalDate> firstPain = pain.stream().map(PainFact::date).min(Comparator.naturalOrder());
        return new TrendHistory(start, firstPain, plans, List.copyOf(sessions), List.copyOf(pain), Set.copyOf(restDates));
    }
}
