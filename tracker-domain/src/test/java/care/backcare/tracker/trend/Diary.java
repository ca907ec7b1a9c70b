package care.backcare.tracker.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A hand-written diary for the statistics' tests: sessions, pain entries, rest days and plans by date. */
final class Diary {

    final List<SessionFact> sessions = new ArrayList<>();
    final List<PainFact> pain = new ArrayList<>();
    final Set<LocalDate> rest = new HashSet<>();
    final List<PlanTimeline.PlanChange> plans = new ArrayList<>();

    Diary session(LocalDate date) {
        sessions.add(new SessionFact(date, 10));
        return this;
    }

    Diary sessions(LocalDate from, int days) {
        for (int i = 0; i < days; i++) {
            session(from.plusDays(i));
        }
        return this;
    }

    Diary pain(LocalDate date, int... scores) {
        for (int score : scores) {
            pain.add(new PainFact(date, score, false));
        }
        return this;
    }

    Diary rest(LocalDate date) {
        rest.add(date);
        return this;
    }

    Diary plan(String at, int daysPerWeek) {
        plans.add(new PlanTimeline.PlanChange(Instant.parse(at), daysPerWeek));
        return this;
    }

    TrendHistory history() {
        return TrendHistory.of(new PlanTimeline(plans), sessions, pain, rest);
    }
}
