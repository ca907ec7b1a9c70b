package care.backcare.tracker.report;

import care.backcare.tracker.session.SessionSafety;
import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.Correlation;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.WeekTrend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The twelve-week sample read back from the PDF: every figure must be the one the model carries,
 * formatted as the report promises (adherence 0.714 -> "71.4 %", rho with 3 decimals, means with 1).
 * Expected strings are built here from the records, independently of the renderer's formatting.
 */
class WeeklyReportRendererTest {

    private static WeeklyReport report;
    private static RenderedPdf pdf;

    @BeforeAll
    static void render() {
        report = SampleReports.twelveWeeks();
        pdf = RenderedPdf.of(report);
    }

    @Test
    void header_names_patient_week_dates_zone_and_generation_time() {
        String page1 = pdf.pageText(1);
        assertThat(page1).contains("Zoë Ødegård")
                .contains("Week 2026-W47 · Mon 16 Nov – Sun 22 Nov 2026")
                .contains("Time zone Europe/Lisbon")
                .contains("Generated Mon 23 Nov 2026, 08:05")
                .contains("Trend window 12 weeks from 2026-W36");
    }

    @Test
    void generation_time_is_shown_in_the_patients_zone() {
        RenderedPdf tokyo = RenderedPdf.of(SampleReports.builder().zone(ZoneId.of("Asia/Tokyo")).build());
        assertThat(tokyo.pageText(1)).contains("Time zone Asia/Tokyo").contains("Generated Mon 23 Nov 2026, 17:05");
    }

    @Test
    void summary_shows_the_last_weeks_figures_against_the_week_before() {
        List<WeekTrend> weeks = report.trends().weeks();
        WeekTrend week = weeks.getLast();
        WeekTrend before = weeks.get(weeks.size() - 2);
        String page1 = pdf.pageText(1);

        // the cards sit side by side: labels on one line, figures on the next, notes below
        assertThat(pdf.lines()).containsSubsequence(
                "SESSIONS ACTIVE DAYS MINUTES ADHERENCE STREAK MEAN PAIN (0–10)",
                week.sessions() + " " + week.activeDays() + " / " + oneDecimal(week.plannedDays()) + " " + week.minutes()
                        + " " + percent(week.adherence()) + " " + report.streakDays() + " days "
                        + oneDecimal(week.painMean()));
        assertThat(page1).contains("week before: " + before.sessions())
                .contains("week before: " + oneDecimal(before.painMean()))
                .contains("range " + week.painMin() + "–" + week.painMax() + ", " + week.painEntries() + " entries");
        // the sample's figures, so a formatting slip in both places cannot hide
        assertThat(pdf.lines()).contains("5 5 / 6.0 59 83.3 % 4 days 3.7");
    }

    @Test
    void change_since_baseline_prints_the_records_values_and_calls_it_clinically_meaningful() {
        PainChange change = report.trends().change();
        assertThat(change.clinicallyMeaningful()).isTrue();
        // v1.1: the first 14 days of pain entries against the latest 14 complete days, both with their dates
        assertThat(change.verdict()).isEqualTo(ChangeVerdict.IMPROVED);
        assertThat(pdf.text())
                .contains("Baseline " + oneDecimal(change.baselinePainMean()) + " (Mon 14 – Sun 27 Sep)")
                .contains("latest " + oneDecimal(change.latestPainMean()) + " (Mon 9 – Sun 22 Nov)")
                .contains("Change " + oneDecimal(change.delta()) + " points, " + oneDecimal(change.percent())
                        + " % of baseline")
                .contains("Change -2.7 points, -43.5 % of baseline")
                .contains("Meets the usual threshold for a meaningful improvement");
    }

    @Test
    void a_smaller_change_is_shown_as_it_is_without_the_words_clinically_meaningful() {
        WeeklyReport smaller = SampleReports.builder().seed(18).pain(5.0, 4.2).build();
        PainChange change = smaller.trends().change();
        assertThat(change.clinicallyMeaningful()).isFalse();

        assertThat(change.verdict()).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE);
        String text = RenderedPdf.of(smaller).text();
        assertThat(text).doesNotContainIgnoringCase("meets the usual threshold")
                .contains("No clear change")
                .contains("Change " + oneDecimal(change.delta()) + " points, " + oneDecimal(change.percent())
                        + " % of baseline");
    }

    @Test
    void every_week_of_the_window_has_a_row_with_every_figure() {
        List<String> lines = pdf.lines();
        assertThat(report.trends().weeks()).hasSize(12);
        for (WeekTrend week : report.trends().weeks()) {
            assertThat(lines).as(week.week()).contains(row(week));
        }
        // an untracked week, as the contract defines it
        assertThat(lines).contains("2026-W36 31 Aug–6 Sep 0 0 – 0 0 – – – – 0 0");
    }

    /** The public view of the figures (what tracker-api's end-to-end test compares) is what the PDF shows. */
    @Test
    void printed_figures_are_the_ones_in_the_pdf() {
        for (WeekTrend week : report.trends().weeks()) {
            assertThat(pdf.lines()).as(week.week()).contains(String.join(" ", PrintedFigures.weekRow(week)));
            assertThat(PrintedFigures.weekRow(week)).as(week.week()).hasSize(WeekTableSection.COLUMNS.size());
        }
        assertThat(pdf.lines())
                .contains("Same week " + PrintedFigures.correlation(report.trends().correlation())
                        + " adherence and mean pain of a week")
                .contains("Next week " + PrintedFigures.correlation(report.trends().laggedCorrelation())
                        + " adherence of a week, pain of the next");
        for (String line : PrintedFigures.movement(report.trends())) {
            assertThat(pdf.flowText()).contains(line);
        }
        PainChange change = report.trends().change();
        assertThat(pdf.text())
                .contains("Baseline " + PrintedFigures.mean(change.baselinePainMean()) + " ("
                        + PrintedFigures.dates(change.baselineFrom(), change.baselineTo()) + ")")
                .contains("Change " + PrintedFigures.points(change.delta()) + ", " + PrintedFigures.signed(change.percent())
                        + " % of baseline")
                .contains(PrintedFigures.verdict(change));
        assertThat(PrintedFigures.correlation(new Correlation("spearman", 1, null, 3, false)))
                .isEqualTo("not enough data yet (n = 3)");
    }

    @Test
    void correlation_captions_carry_rho_with_three_decimals_and_n() {
        Correlation same = report.trends().correlation();
        Correlation next = report.trends().laggedCorrelation();
        assertThat(same.sufficient()).isTrue();
        String text = pdf.flowText();
        assertThat(text).contains("Same week ρ = " + threeDecimals(same.rho()) + " (n = " + same.n() + ")");
        assertThat(text).contains("Next week ρ = " + threeDecimals(next.rho()) + " (n = " + next.n() + ")");
        assertThat(text).contains("Same week ρ = -0.721 (n = 10)"); // v1 counted pain entries, not days: -0.751
        assertThat(text).contains("An association is not proof that the routine caused a change");
    }

    @Test
    void red_flags_come_first_most_urgent_and_newest_first_after_a_summary_per_flag() {
        String page1 = pdf.pageText(1);
        assertThat(page1.indexOf("Red flags and sharp pain reported")).isLessThan(page1.indexOf("The week of"));
        // v1.1: the entry of this week (same day) before the older one (soon), each with its level
        int sameDay = page1.indexOf("Wed 18 Nov 2026, 07:55 Same day 6/10");
        int soon = page1.indexOf("Wed 28 Oct 2026, 21:40 Soon 7/10");
        assertThat(sameDay).isPositive();
        assertThat(soon).isGreaterThan(sameDay);
        assertThat(page1.indexOf("Flag Level Entries First seen Last seen New")).isPositive().isLessThan(sameDay);
        assertThat(page1).contains("What the patient was told.").contains("Nobody is alerted automatically.");
    }

    @Test
    void sessions_with_sharp_pain_are_listed_with_their_notes_and_the_advice() {
        String page1 = pdf.pageText(1);
        assertThat(page1).contains("Sat 7 Nov 2026, 07:30: “Sharp twinge in the lower back in pigeon pose, stopped there.”")
                .contains("Thu 19 Nov 2026, 18:10 (no note)")
                .contains(SessionSafety.SHARP_PAIN_ADVICE);
    }

    @Test
    void no_red_flag_box_without_red_flags_or_sharp_pain() {
        String text = RenderedPdf.of(SampleReports.builder().redFlags(List.of()).sharpPain(List.of()).build()).text();
        assertThat(text).doesNotContain("Red flags reported").doesNotContain("Sharp pain during")
                .doesNotContain("What the patient was told")
                .doesNotContain(SessionSafety.SHARP_PAIN_ADVICE);
    }

    @Test
    void sharp_pain_alone_gets_the_box_without_red_flag_advice() {
        String text = RenderedPdf.of(SampleReports.builder().redFlags(List.of()).build()).text();
        assertThat(text).contains("Sharp pain during sessions").contains(SessionSafety.SHARP_PAIN_ADVICE)
                .doesNotContain("What the patient was told");
    }

    @Test
    void stretch_table_shows_tallies_hold_time_sides_and_the_skipped_planned_stretches() {
        List<String> lines = pdf.lines();
        assertThat(lines).contains("Stretch Times done Total reps Hold time Sides (left / right / both) Hold left / right Plan")
                .contains("Knee-to-chest 5 10 3:20 L 5 / R 4 / both 1 1:40 / 1:20 In plan")
                .contains("Child's pose 6 6 4:30 – – In plan")
                .contains("Glute bridge 3 36 – – – In plan")
                .contains("Thoracic extension over a foam roller 2 2 1:20 – – Extra");
        assertThat(pdf.text()).contains("Planned but skipped this week: Pigeon pose, Wall angels.");
    }

    @Test
    void stretches_done_one_side_at_a_time_show_the_hold_time_of_each_side() {
        // pigeon pose: 45 s x 2 on the left twice, 60 s once on the right -> 3:00 left, 1:00 right, 4:00 in all;
        // lizard pose only on the left; leg swings are counted in reps, with no hold time on either side
        WeeklyReport sides = SampleReports.builder().stretches(List.of(
                SampleReports.stretch("pigeon-pose", true, 3, 5, 240, 2, 1, 0, 180, 60),
                SampleReports.stretch("lizard-pose", false, 1, 1, 30, 1, 0, 0, 30, 0),
                SampleReports.stretch("leg-swings", false, 2, 20, 0, 1, 1, 0, 0, 0),
                SampleReports.stretch("cat-cow", true, 2, 2, 120, 0, 0, 2))).build();
        assertThat(RenderedPdf.of(sides).lines())
                .contains("Pigeon pose 3 5 4:00 L 2 / R 1 / both 0 3:00 / 1:00 In plan")
                .contains("Lizard pose 1 1 0:30 L 1 / R 0 / both 0 0:30 / 0:00 Extra")
                .contains("Leg swings 2 20 – L 1 / R 1 / both 0 – Extra")
                .contains("Cat-cow 2 2 2:00 – – In plan");
    }

    @Test
    void no_skipped_line_names_a_stretch_when_every_planned_one_was_done() {
        WeeklyReport allDone = SampleReports.builder()
                .stretches(List.of(SampleReports.stretch("cat-cow", true, 3, 3, 180, 0, 0, 3))).build();
        assertThat(RenderedPdf.of(allDone).text()).contains("No planned stretch was skipped")
                .doesNotContain("Planned but skipped");
    }

    @Test
    void notes_of_the_week_are_printed_with_day_time_and_kind() {
        String text = pdf.text();
        assertThat(text).contains("Mon 16 Nov, 07:40 Session note Morning routine before work.")
                .contains("Wed 18 Nov, 07:55 Pain entry note Left leg felt weak on the stairs this morning")
                .contains("Calling the clinic today.");
    }

    @Test
    void every_page_has_its_number_of_the_total_and_the_not_a_diagnosis_line() {
        int pages = pdf.pages();
        assertThat(pages).isBetween(2, 4);
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.pageText(page))
                    .contains("Page " + page + " of " + pages)
                    .contains("This report summarises what the patient logged. It is not a diagnosis; "
                            + "discuss any change with your physiotherapist or doctor.")
                    .contains("Generated Mon 23 Nov 2026, 08:05 (Europe/Lisbon)");
        }
    }

    /** A week row as the table prints it, built from the record with plain String.format. */
    static String row(WeekTrend week) {
        String startMonth = week.start().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        String endMonth = week.end().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        String dates = startMonth.equals(endMonth)
                ? week.start().getDayOfMonth() + "–" + week.end().getDayOfMonth() + " " + endMonth
                : week.start().getDayOfMonth() + " " + startMonth + "–" + week.end().getDayOfMonth() + " " + endMonth;
        return String.join(" ", week.inProgress() ? week.week() + " so far" : week.week(), dates,
                String.valueOf(week.sessions()), String.valueOf(week.activeDays()),
                week.trackedDays() == 0 ? "–" : oneDecimal(week.plannedDays()), String.valueOf(week.restDays()),
                String.valueOf(week.minutes()),
                week.adherence() == null ? "–" : percent(week.adherence()),
                week.painMean() == null ? "–" : oneDecimal(week.painMean()),
                week.painMin() == null ? "–" : String.valueOf(week.painMin()),
                week.painMax() == null ? "–" : String.valueOf(week.painMax()),
                String.valueOf(week.painEntries()), String.valueOf(week.redFlags()));
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String threeDecimals(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
