package care.backcare.tracker.report;

import care.backcare.tracker.trend.Correlation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fitted line of the scatter chart appears only when the caption shows a correlation (n >= 4). */
class AssociationChartTest {

    private static final String FIT_LEGEND = "Least-squares line";

    private final ChartStyle style = new ChartStyle(ReportFonts.shared());

    /** Only the last {@code weeks} weeks have entries; no red flags, which would add pain to an earlier week. */
    private static WeeklyReport withWeeksOfData(int weeks) {
        return SampleReports.builder().activeWeeks(weeks).redFlags(List.of()).build();
    }

    private static List<String> legend(JFreeChart chart) {
        LegendItemCollection items = chart.getLegend().getSources()[0].getLegendItems();
        return IntStream.range(0, items.getItemCount()).mapToObj(i -> items.get(i).getLabel()).toList();
    }

    @ParameterizedTest(name = "{0} weeks")
    @ValueSource(ints = {2, 3})
    void with_too_few_weeks_for_a_correlation_there_is_no_fitted_line(int weeks) {
        WeeklyReport report = withWeeksOfData(weeks);
        Correlation sameWeek = report.trends().correlation();
        assertThat(sameWeek.n()).isEqualTo(weeks);
        assertThat(sameWeek.sufficient()).isFalse();

        JFreeChart chart = AssociationChart.build(report.trends(), style);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(weeks);
        assertThat(plot.getDataset(1)).isNull();
        assertThat(legend(chart)).containsExactly("One complete week");
        assertThat(new ChartImages().svg(report, ChartImages.Chart.ASSOCIATION, 420, 320)).doesNotContain(FIT_LEGEND);
    }

    @ParameterizedTest(name = "{0} weeks")
    @ValueSource(ints = {4, 12})
    void from_four_weeks_on_the_fitted_line_spans_the_points(int weeks) {
        WeeklyReport report = weeks == 12 ? SampleReports.twelveWeeks() : withWeeksOfData(weeks);
        Correlation sameWeek = report.trends().correlation();
        assertThat(sameWeek.sufficient()).isTrue();

        JFreeChart chart = AssociationChart.build(report.trends(), style);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(sameWeek.n());
        assertThat(plot.getDataset(1)).isNotNull();
        assertThat(plot.getDataset(1).getItemCount(0)).isEqualTo(2);
        assertThat(legend(chart)).containsExactly("One complete week", FIT_LEGEND);
        assertThat(new ChartImages().svg(report, ChartImages.Chart.ASSOCIATION, 420, 320)).contains(FIT_LEGEND);
    }
}
