package care.backcare.tracker.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One renderer shared by many threads, as in the web server: every report comes out whole and right. */
class ConcurrentRenderingTest {

    @Test
    void a_shared_renderer_renders_the_same_reports_on_many_threads() throws Exception {
        WeeklyReportRenderer renderer = new WeeklyReportRenderer();
        List<WeeklyReport> reports = List.of(SampleReports.twelveWeeks(), SampleReports.fiftyTwoWeeks(),
                SampleReports.builder().name("Ελένη Παπαδοπούλου").build(), SampleReports.empty());
        List<String> expected = reports.stream().map(report -> RenderedPdf.read(renderer.render(report)).text()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<Integer> which = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int index = i % reports.size();
                which.add(index);
                Callable<String> render = () -> RenderedPdf.read(renderer.render(reports.get(index))).text();
                results.add(pool.submit(render));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(which.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
