package care.backcare.tracker.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartImagesTest {

    private final ChartImages images = new ChartImages();

    @ParameterizedTest
    @EnumSource(ChartImages.Chart.class)
    void every_chart_is_a_standalone_svg_without_scripts(ChartImages.Chart chart) {
        String svg = images.svg(SampleReports.twelveWeeks(), chart, 640, 280);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("</svg>")
                .doesNotContain("<script").doesNotContain("<image");
    }

    @Test
    void the_progress_chart_labels_the_same_weeks_as_the_report() {
        String svg = images.svg(SampleReports.twelveWeeks(), ChartImages.Chart.PROGRESS, 640, 280);
        assertThat(svg).contains(">W36<").contains(">W47<").contains("Adherence").contains("Mean pain");
    }

    @Test
    void sizes_are_bounded() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> images.svg(SampleReports.twelveWeeks(), ChartImages.Chart.PROGRESS, 50_000, 280));
    }
}
