package care.backcare.tracker.report;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every glyph comes from the embedded Liberation Sans, and the charts are vector drawings with real text. */
class FontsAndVectorsTest {

    @Test
    void every_font_is_an_embedded_liberation_sans_subset() {
        List<PDFont> fonts = RenderedPdf.of(SampleReports.twelveWeeks()).fonts();
        assertThat(fonts).isNotEmpty();
        assertThat(fonts).allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            // a subset carries a six-letter tag: ABCDEF+LiberationSans-Bold
            assertThat(font.getName()).as("font name").matches("[A-Z]{6}\\+LiberationSans(-Bold|-Italic|-BoldItalic)?");
        });
        assertThat(fonts).extracting(PDFont::getName).map(name -> name.substring(7)).contains(
                "LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ελένη Παπαδοπούλου", "Жанна Иванова", "Zoë Ødegård", "Łukasz Żółć-Nguyễn", "Þóra Ðorđević"})
    void names_in_greek_cyrillic_and_extended_latin_extract_as_written(String name) {
        RenderedPdf pdf = RenderedPdf.of(SampleReports.builder().name(name).build());
        assertThat(pdf.pageText(1)).contains(name);
        // the running header of the following pages too
        assertThat(pdf.pageText(2)).contains(name + " · Weekly report 2026-W47");
    }

    @Test
    void charts_are_vector_form_xobjects_without_a_single_raster_image() {
        for (WeeklyReport report : List.of(SampleReports.twelveWeeks(), SampleReports.fiftyTwoWeeks(),
                SampleReports.empty())) {
            RenderedPdf pdf = RenderedPdf.of(report);
            assertThat(pdf.rasterImages()).isZero();
            // three charts plus the page-count template on every page
            assertThat(pdf.formXObjects()).isGreaterThanOrEqualTo(3 + pdf.pages());
        }
    }

    @Test
    void chart_axis_labels_and_legends_are_text() {
        List<String> lines = RenderedPdf.of(SampleReports.twelveWeeks()).lines();
        String text = String.join("\n", lines);
        assertThat(lines).contains("W36 W37 W38 W39 W40 W41 W42 W43 W44 W45 W46 W47");
        assertThat(text).contains("Adherence: active days / planned days (left axis)")
                .contains("Mean pain of the week (right axis)")
                .contains("Adherence of the week")
                .contains("Mean pain of the week (0–10)")
                .contains("100 %")
                .contains("Least-squares line")
                .contains("Mon 26 Oct Mon 2 Nov Mon 9 Nov Mon 16 Nov")
                .contains("Pain (0–10)");
    }

    @Test
    void the_fitted_line_needs_two_distinct_adherence_values() {
        WeeklyReport flat = SampleReports.builder().sessionRate(1.0, 1.0).untrackedWeeks(0).build();
        assertThat(flat.trends().weeks()).allMatch(week -> week.adherence() == 1.0);
        assertThat(RenderedPdf.of(flat).text()).doesNotContain("Least-squares line");
    }
}
