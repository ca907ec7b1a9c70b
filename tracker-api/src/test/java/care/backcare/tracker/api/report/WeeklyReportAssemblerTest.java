package care.backcare.tracker.api.report;

import care.backcare.tracker.report.StretchWeek;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionView;
import care.backcare.tracker.session.Side;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-stretch table of the week, tallied from the sessions as the read model returns them. */
class WeeklyReportAssemblerTest {

    private static SessionView session(ExerciseEntry... exercises) {
        return new SessionView(UUID.randomUUID(), Instant.parse("2026-11-17T07:30:00Z"), LocalDate.of(2026, 11, 17), 12,
                List.of(exercises), PainDuring.NONE, null);
    }

    @Test
    void a_stretch_done_one_side_at_a_time_has_its_hold_time_per_side() {
        List<StretchWeek> rows = WeeklyReportAssembler.stretches(List.of(
                        session(new ExerciseEntry("pigeon-pose", 45, 2, Side.LEFT),
                                new ExerciseEntry("pigeon-pose", 30, 1, Side.RIGHT),
                                new ExerciseEntry("childs-pose", 40, 1, Side.BOTH)),
                        session(new ExerciseEntry("pigeon-pose", 45, 1, Side.LEFT),
                                new ExerciseEntry("pigeon-pose", 20, 1, Side.BOTH))),
                List.of("pigeon-pose", "childs-pose", "cat-cow"));

        // left 45 x 2 + 45 = 135 s, right 30 s; the entry on both sides counts only in the total, 185 s
        assertThat(rows.getFirst()).isEqualTo(new StretchWeek("pigeon-pose", "Pigeon pose", true, true, 4, 5, 185,
                2, 1, 1, 135, 30));
        assertThat(rows.get(1)).isEqualTo(new StretchWeek("childs-pose", "Child's pose", false, true, 1, 1, 40,
                0, 0, 1, 0, 0));
        assertThat(rows.get(2).skipped()).isTrue();
    }
}
