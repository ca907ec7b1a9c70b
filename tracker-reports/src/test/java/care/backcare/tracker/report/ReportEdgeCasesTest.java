package care.backcare.tracker.report;

import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.Correlation;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekTrend;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports at the edges of the model: each is a PDF PDFBox opens, worded for what it holds. */
class ReportEdgeCasesTest {

    @Test
    void nothing_logged_at_all() {
        WeeklyReport empty = SampleReports.empty();
        assertThat(empty.trends().weeks()).allMatch(week -> week.adherence() == null && week.painMean() == null);

        RenderedPdf pdf = RenderedPdf.of(empty);
        assertThat(pdf.pages()).isPositive();
        assertThat(pdf.flowText())
                .contains("Жанна Иванова")
                .contains("Nothing logged in this window yet")
                .contains("Not enough data yet to compare pain with its baseline.")
                .contains("(no pain entry yet)")
                .contains("Same week not enough data yet (n = 0)")
                .contains("Next week not enough data yet (n = 0)")
                .contains("No sessions or pain entries in these four weeks")
                .contains("No stretches were logged this week.")
                .contains("No notes were written this week.")
                .contains("not tracked yet")
                .doesNotContain("Red flags reported").doesNotContain("clinically meaningful")
                .doesNotContain("skipped");
        assertThat(pdf.lines()).contains("0 0 / – 0 – 0 days –", "2026-W47 16–22 Nov 0 0 – 0 0 – – – – 0 0");
    }

    @Test
    void one_week_of_data_has_a_baseline_but_no_change_and_no_correlation() {
        WeeklyReport oneWeek = SampleReports.builder().weeks(4).activeWeeks(1).redFlags(List.of()).sharpPain(List.of())
                .build();
        assertThat(oneWeek.trends().weeks().getLast().painMean()).isNotNull();

        String text = RenderedPdf.of(oneWeek).flowText();
        // v1.1: no figure where the text says there is none (v1 printed "0.0 points" beside "can be shown once")
        assertThat(oneWeek.trends().change().verdict()).isEqualTo(ChangeVerdict.NOT_ENOUGH_DATA);
        assertThat(text).contains("CHANGE IN PAIN SINCE BASELINE – Not enough data yet to compare pain with its baseline.")
                .contains("Same week not enough data yet (n = 1)")
                .contains("needs 8 complete weeks with both adherence and pain (1 week so far)")
                .doesNotContain("0.0 points")
                .doesNotContain("meets the usual threshold");
    }

    @Test
    void weeks_with_sessions_but_no_pain_entries() {
        WeeklyReport sessionsOnly = SampleReports.builder().noPainEntries().build();
        assertThat(sessionsOnly.trends().weeks()).allMatch(week -> week.painMean() == null);
        assertThat(sessionsOnly.trends().weeks().getLast().adherence()).isNotNull();

        RenderedPdf pdf = RenderedPdf.of(sessionsOnly);
        assertThat(pdf.flowText()).contains("(no pain entry yet)")
                .contains("Same week not enough data yet (n = 0)")
                .contains("no entries this week")
                .doesNotContain("Nothing logged in this window yet")
                .doesNotContain("No sessions or pain entries in these four weeks");
        for (WeekTrend week : sessionsOnly.trends().weeks()) {
            assertThat(pdf.lines()).contains(WeeklyReportRendererTest.row(week));
        }
    }

    @Test
    void constant_pain_says_rho_cannot_be_computed() {
        WeeklyReport constant = SampleReports.builder().constantPain(4).redFlags(List.of()).build();
        Correlation same = constant.trends().correlation();
        assertThat(same.sufficient()).isTrue();
        assertThat(same.rho()).isNull();

        String text = RenderedPdf.of(constant).flowText();
        assertThat(text).contains("Same week ρ cannot be computed (n = " + same.n() + ")")
                .contains("adherence or pain did not vary")
                .contains("Change 0.0 points, 0.0 % of baseline")
                .contains("No clear change")
                .doesNotContain("meets the usual threshold");
    }

    @Test
    void a_baseline_of_zero_gives_no_percentage() {
        WeeklyReport sample = SampleReports.twelveWeeks();
        List<WeekTrend> weeks = new ArrayList<>(sample.trends().weeks());
        Trends trends = new Trends(sample.timeZone(), List.copyOf(weeks), sample.trends().correlation(),
                sample.trends().laggedCorrelation(), sample.trends().timeAdjustedCorrelation(),
                sample.trends().adherenceTrend(), sample.trends().painTrend(), sample.trends().nextDayPain(),
                new PainChange(0.0, 3.7, 3.7, null, true, ChangeVerdict.WORSENED, LocalDate.of(2026, 9, 14),
                        LocalDate.of(2026, 9, 27), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 22)));
        WeeklyReport zeroBaseline = new WeeklyReport(sample.patientName(), sample.timeZone(), sample.week(),
                sample.generatedAt(), trends, sample.plan(), sample.streakDays(), sample.redFlags(), sample.sharpPain(),
                sample.days(), sample.stretches(), sample.notes());

        assertThat(RenderedPdf.of(zeroBaseline).text()).contains("Baseline 0.0 (Mon 14 – Sun 27 Sep)")
                .contains("latest 3.7 (Mon 9 – Sun 22 Nov)")
                .contains("Change +3.7 points; no percentage from a baseline of 0")
                .contains("Meets the usual threshold for a meaningful worsening");
    }

    @Test
    void a_year_of_weeks_lays_out_every_row_and_thins_the_chart_labels() {
        WeeklyReport year = SampleReports.fiftyTwoWeeks();
        RenderedPdf pdf = RenderedPdf.of(year);
        assertThat(pdf.pages()).isBetween(3, 5);
        for (WeekTrend week : year.trends().weeks()) {
            assertThat(pdf.lines()).as(week.week()).contains(WeeklyReportRendererTest.row(week));
        }
        // every 4th week counted back from the report's week, so the last one is always named
        assertThat(pdf.lines()).contains("W51 W03 W07 W11 W15 W19 W23 W27 W31 W35 W39 W43 W47");
        assertThat(pdf.pageText(pdf.pages())).contains("Page " + pdf.pages() + " of " + pdf.pages());
    }

    @Test
    void thirty_notes_of_two_thousand_characters_flow_across_pages() {
        List<Note> notes = new ArrayList<>();
        LocalDate monday = SampleReports.WEEK.start();
        for (int i = 0; i < 30; i++) {
            StringBuilder text = new StringBuilder("note-" + i + "-start ");
            while (text.length() < 1_980) {
                text.append("Stiff in the morning, easier after cat-cow and a walk. ");
            }
            text.setLength(1_980);
            text.append(" note-").append(i).append("-end");
            String padded = text.toString();
            notes.add(new Note(monday.plusDays(i % 7), Instant.parse("2026-11-16T07:00:00Z").plusSeconds(i * 3_600L),
                    i % 2 == 0 ? Note.Kind.SESSION : Note.Kind.PAIN, padded.substring(0, Math.min(2_000, padded.length()))));
        }
        notes.add(new Note(monday, Instant.parse("2026-11-16T07:00:00Z"), Note.Kind.SESSION,
                "x".repeat(2_000)));
        RenderedPdf pdf = RenderedPdf.of(SampleReports.builder().notes(notes).build());

        assertThat(pdf.pages()).isGreaterThan(8);
        String text = pdf.text();
        for (int i = 0; i < 30; i++) {
            assertThat(text).contains("note-" + i + "-start").contains("note-" + i + "-end");
        }
        // the unbroken word may cross a page break (the page's footer and header then sit inside it)
        int xs = java.util.regex.Pattern.compile("x{20,}").matcher(text.replace(" ", "")).results()
                .mapToInt(run -> run.group().length()).sum();
        assertThat(xs).isEqualTo(2_000);
        assertThat(pdf.pageText(pdf.pages())).contains("Page " + pdf.pages() + " of " + pdf.pages());
    }

    @Test
    void control_and_bidi_characters_in_notes_are_dropped_and_line_breaks_kept() {
        String hostile = "Pain\u0007 at \u202Enight\u202C\r\nsecond\u0000 line\u0085 here\u2066 isolated\u2069\tend"
                + "\u001B[31m\uFFFE\uD800";
        WeeklyReport report = SampleReports.builder().name("Zoë\u202E Ødegård\u0008")
                .notes(List.of(new Note(SampleReports.WEEK.start(), Instant.parse("2026-11-16T07:00:00Z"),
                        Note.Kind.PAIN, hostile))).build();
        RenderedPdf pdf = RenderedPdf.of(report);

        assertThat(pdf.lines()).contains("Pain at night", "second line here isolated end[31m");
        assertThat(pdf.flowText()).contains("Zoë Ødegård");
        assertThat(pdf.text().codePoints().filter(cp -> Character.getType(cp) == Character.CONTROL
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))).isEmpty();
    }

    @Test
    void characters_outside_liberation_sans_do_not_break_the_report() {
        // CJK and emoji have no glyph in the embedded font: they are left out, the rest renders
        WeeklyReport report = SampleReports.builder().name("Mei 王小明 😀 Lin")
                .notes(List.of(new Note(SampleReports.WEEK.start(), Instant.parse("2026-11-16T07:00:00Z"),
                        Note.Kind.SESSION, "Felt good 👍 today"))).build();
        RenderedPdf pdf = RenderedPdf.of(report);
        assertThat(pdf.pageText(1)).contains("Mei").contains("Lin");
        assertThat(pdf.flowText()).contains("Felt good").contains("today");
    }
}
