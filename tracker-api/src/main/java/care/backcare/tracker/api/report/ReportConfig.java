package care.backcare.tracker.api.report;

import care.backcare.tracker.report.ChartImages;
import care.backcare.tracker.report.WeeklyReportRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfig {

    /** One renderer for the whole server: fonts are loaded once; rendering is thread-safe. */
    @Bean
    WeeklyReportRenderer weeklyReportRenderer() {
        return new WeeklyReportRenderer();
    }

    @Bean
    ChartImages chartImages() {
        return new ChartImages();
    }
}
