package care.backcare.tracker.report;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.pain.Urgency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** v1.1: the red-flag box leads with the most urgent and newest, for a physiotherapist, in clinical terms. */
class RedFlagSafetySectionTest {

    private static RedFlagEntry entry(LocalDate date, int hour, int score, Set<RedFlag> flags, TriageLevel level,
                                      Set<BodyRegion> regions, String note, Instant withdrawnAt) {
        return new RedFlagEntry(date, date.atTime(LocalTime.of(hour, 0)).atZone(SampleReports.LISBON).toInstant(), score,
                flags, level.urgency(), level, regions, note, withdrawnAt);
    }

    private static WeeklyReport with(List<RedFlagEntry> entries, Set<RiskFactor> riskFactors) {
        WeeklyReport base = SampleReports.builder().build();
        return new WeeklyReport(base.patientName(), base.timeZone(), base.week(), base.generatedAt(), base.trends(),
                base.plan(), base.streakDays(), entries, base.sharpPain(), base.days(), base.stretches(), base.notes(),
                null, riskFactors);
    }

    @Test
    void an_emergency_of_this_week_is_listed_before_older_soon_entries_with_score_regions_and_note() {
        LocalDate monday = SampleReports.WEEK.start();
        List<RedFlagEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            entries.add(entry(monday.minusDays(7L * i), 20, 5, Set.of(RedFlag.PAIN_RADIATING_DOWN_LEG), TriageLevel.SOON,
                    Set.of(BodyRegion.LEGS), "older leg pain " + i, null));
        }
        entries.add(entry(monday.plusDays(2), 9, 8, Set.of(RedFlag.SADDLE_NUMBNESS), TriageLevel.EMERGENCY,
                Set.of(BodyRegion.LOWER_BACK, BodyRegion.HIPS), "numb when sitting on the toilet", null));
        RenderedPdf pdf = RenderedPdf.of(with(entries, Set.of(RiskFactor.HISTORY_OF_CANCER)));
        String page1 = pdf.pageText(1);

        int emergency = page1.indexOf("Wed 18 Nov 2026, 09:00 Emergency 8/10 Lower back, Hips Saddle numbness");
        int firstSoon = page1.indexOf("Soon 5/10");
        assertThat(emergency).isPositive();
        assertThat(firstSoon).isGreaterThan(emergency);
        assertThat(page1).contains("“numb when sitting on the toilet”");
        // the summary per flag comes before the entries: level, count, first and last seen, new this week
        int summary = page1.indexOf("Saddle numbness Emergency 1 18 Nov 18 Nov this week");
        assertThat(summary).isPositive().isLessThan(emergency);
        assertThat(page1).contains("Pain shooting down a leg Soon 8");
        // capped: 9 entries, 6 listed
        assertThat(page1).contains("and 3 more");
        assertThat(page1).contains("Health profile").contains("History of cancer");
        assertThat(page1).doesNotContainIgnoringCase("will be shown");
    }

    @Test
    void a_withdrawn_entry_is_listed_marked_but_not_counted() {
        LocalDate monday = SampleReports.WEEK.start();
        Instant withdrawnAt = monday.plusDays(1).atTime(10, 0).atZone(SampleReports.LISBON).toInstant();
        WeeklyReport report = with(List.of(
                entry(monday, 8, 6, Set.of(RedFlag.SADDLE_NUMBNESS), TriageLevel.EMERGENCY, Set.of(), null, withdrawnAt),
                entry(monday.plusDays(1), 8, 4, Set.of(RedFlag.NUMBNESS_OR_TINGLING), TriageLevel.SOON, Set.of(), null, null)),
                Set.of());
        assertThat(report.redFlagSummary()).extracting(summary -> summary.flag()).containsExactly(RedFlag.NUMBNESS_OR_TINGLING);
        String page1 = RenderedPdf.of(report).pageText(1);
        assertThat(page1).contains("1 pain entry in the trend window carried red flags; 1 entry was withdrawn by the patient")
                .contains("(withdrawn by the patient on 17 Nov 2026)");
    }

    @Test
    void a_v1_entry_without_regions_or_note_is_shown_at_its_level_under_the_current_table() {
        LocalDate monday = SampleReports.WEEK.start();
        RedFlagEntry v1 = new RedFlagEntry(monday, monday.atTime(9, 0).atZone(SampleReports.LISBON).toInstant(), 7,
                Set.of(RedFlag.BLADDER_OR_BOWEL_CHANGE), Urgency.URGENT);
        assertThat(v1.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(RenderedPdf.of(with(List.of(v1), Set.of())).pageText(1)).contains("Emergency 7/10 – Bladder or bowel change");
    }
}
