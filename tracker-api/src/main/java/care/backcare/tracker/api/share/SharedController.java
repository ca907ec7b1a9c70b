package care.backcare.tracker.api.share;

import care.backcare.tracker.account.FetchProfileQuery;
import care.backcare.tracker.account.PatientProfile;
import care.backcare.tracker.api.report.ReportRequests;
import care.backcare.tracker.api.trend.TrendQueries;
import care.backcare.tracker.share.SharedView;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.Trends;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.ZoneId;

/** What a physiotherapist with a share link, and no account, can read. Read-only by construction: GET only. */
@RestController
@RequestMapping("/api/shared/{token}")
@Tag(name = "Shared with a physiotherapist")
class SharedController {

    record SharedSummary(String displayName, ZoneId timeZone, Instant expiresAt, String currentWeek) {
    }

    private final ShareGate gate;
    private final QueryGateway queries;
    private final TrendQueries trends;
    private final ReportRequests reports;

    SharedController(ShareGate gate, QueryGateway queries, TrendQueries trends, ReportRequests reports) {
        this.gate = gate;
        this.queries = queries;
        this.trends = trends;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Whose progress this link shows, and until when")
    SharedSummary summary(@PathVariable String token, HttpServletRequest request) {
        ShareGate.OpenedShare share = gate.open(token, request, SharedView.SUMMARY, null);
        PatientProfile profile = queries.query(new FetchProfileQuery(share.patientId()),
                ResponseTypes.optionalInstanceOf(PatientProfile.class)).join().orElseThrow(SharedLinkNotFoundException::new);
        return new SharedSummary(profile.displayName(), profile.timeZone(), share.expiresAt(),
                trends.currentWeek(share.patientId()).toString());
    }

    @GetMapping("/trends")
    @Operation(summary = "The patient's weekly trends, exactly as GET /api/me/trends shows them")
    Trends trends(@PathVariable String token, HttpServletRequest request,
                  @RequestParam(required = false) String week,
                  @RequestParam(defaultValue = "12") @Min(1) @Max(104) int weeks) {
        ShareGate.OpenedShare share = gate.open(token, request, SharedView.TRENDS,
                week == null ? weeks + " weeks" : ReportRequests.accessDetail(week, weeks));
        IsoWeek last = reports.week(week, trends.currentWeek(share.patientId()), weeks);
        return queries.query(new FetchTrendsQuery(share.patientId(), last, weeks),
                ResponseTypes.instanceOf(Trends.class)).join();
    }

    @GetMapping("/reports/weekly")
    @Operation(summary = "The patient's weekly PDF report, exactly as the patient downloads it")
    ResponseEntity<byte[]> weekly(@PathVariable String token, HttpServletRequest request,
                                  @RequestParam(required = false) String week,
                                  @RequestParam(defaultValue = "12") @Min(ReportRequests.MIN_WEEKS) @Max(ReportRequests.MAX_WEEKS) int weeks) {
        ShareGate.OpenedShare share = gate.open(token, request, SharedView.REPORT, ReportRequests.accessDetail(week, weeks));
        IsoWeek reportWeek = reports.week(week, trends.currentWeek(share.patientId()),
                trends.lastCompleteWeek(share.patientId()), weeks);
        return reports.pdf(share.patientId(), reportWeek, weeks);
    }

    @GetMapping("/overview")
    @Operation(summary = "What the physiotherapist's page shows: red flags, the week, charts, per-stretch summary")
    ReportRequests.Overview overview(@PathVariable String token, HttpServletRequest request,
                                     @RequestParam(required = false) String week,
                                     @RequestParam(defaultValue = "12") @Min(ReportRequests.MIN_WEEKS) @Max(ReportRequests.MAX_WEEKS) int weeks,
                                     @RequestParam(defaultValue = "" + ReportRequests.DEFAULT_CHART_WIDTH) @Min(ReportRequests.MIN_CHART_WIDTH) @Max(ReportRequests.MAX_CHART_WIDTH) int chartWidth) {
        ShareGate.OpenedShare share = gate.open(token, request, SharedView.PAGE, ReportRequests.accessDetail(week, weeks));
        return reports.overview(share.patientId(), reports.week(week, trends.currentWeek(share.patientId()), weeks),
                weeks, chartWidth);
    }
}
