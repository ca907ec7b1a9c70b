package care.backcare.tracker.api.trend;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.report.ReportRequests;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.Trends;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Trends")
class TrendController {

    static final int MAX_WEEKS = 104;

    private final QueryGateway queries;
    private final TrendQueries trends;
    private final ReportRequests reports;

    TrendController(QueryGateway queries, TrendQueries trends, ReportRequests reports) {
        this.queries = queries;
        this.trends = trends;
        this.reports = reports;
    }

    @GetMapping("/api/me/trends")
    @Operation(summary = "Weekly adherence and pain over `weeks` ISO weeks of the patient's calendar, with each "
            + "series' Theil-Sen trend, their association (plain and time-adjusted Spearman), next-day pain after "
            + "session days and other days, and the change between the first and the latest 14 days of pain",
            description = "week: the window's last ISO week (2026-W47), default the current one, never later; "
                    + "weeks: 1-104, default 12. The week in progress is shown and takes part in no statistic.")
    Trends trends(@AuthenticationPrincipal PatientPrincipal patient,
                  @RequestParam(required = false) String week,
                  @RequestParam(defaultValue = "12") @Min(1) @Max(MAX_WEEKS) int weeks) {
        IsoWeek last = reports.week(week, trends.currentWeek(patient.patientId()), weeks);
        return queries.query(new FetchTrendsQuery(patient.patientId(), last, weeks),
                ResponseTypes.instanceOf(Trends.class)).join();
    }
}
