package care.backcare.tracker.api.report;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.trend.TrendQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class ReportController {

    private final ReportRequests reports;
    private final TrendQueries trends;

    ReportController(ReportRequests reports, TrendQueries trends) {
        this.reports = reports;
        this.trends = trends;
    }

    @GetMapping("/api/me/reports/weekly")
    @Operation(summary = "The weekly PDF report: red flags first, the week's summary, charts, per-stretch table, "
            + "week-by-week figures (the same as GET /api/me/trends for that window)",
            description = "week: an ISO week such as 2026-W47, default the last complete one; weeks: the trend window, 4-52, "
                    + "default 12. Answers application/pdf as an attachment named backcare-report-<week>.pdf.")
    ResponseEntity<byte[]> weekly(@AuthenticationPrincipal PatientPrincipal patient,
                                  @RequestParam(required = false) String week,
                                  @RequestParam(defaultValue = "12") @Min(ReportRequests.MIN_WEEKS) @Max(ReportRequests.MAX_WEEKS) int weeks) {
        return reports.pdf(patient.patientId(), reports.week(week, trends.currentWeek(patient.patientId()),
                trends.lastCompleteWeek(patient.patientId()), weeks), weeks);
    }

    @GetMapping("/api/me/overview")
    @Operation(summary = "The weekly report's content as JSON, with its charts as SVG data URIs (for the web page)",
            description = "chartWidth (280-1440, default 720): how wide the charts are drawn, in pixels.")
    ReportRequests.Overview overview(@AuthenticationPrincipal PatientPrincipal patient,
                                     @RequestParam(required = false) String week,
                                     @RequestParam(defaultValue = "12") @Min(ReportRequests.MIN_WEEKS) @Max(ReportRequests.MAX_WEEKS) int weeks,
                                     @RequestParam(defaultValue = "" + ReportRequests.DEFAULT_CHART_WIDTH) @Min(ReportRequests.MIN_CHART_WIDTH) @Max(ReportRequests.MAX_CHART_WIDTH) int chartWidth) {
        return reports.overview(patient.patientId(), reports.week(week, trends.currentWeek(patient.patientId()), weeks),
                weeks, chartWidth);
    }
}
