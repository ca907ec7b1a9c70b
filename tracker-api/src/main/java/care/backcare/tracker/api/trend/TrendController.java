package care.backcare.tracker.api.trend;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.trend.FetchTrendsQuery;
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

    TrendController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/me/trends")
    @Operation(summary = "Weekly adherence and pain, their Spearman correlation (same week and next week) and the "
            + "change since baseline, over the last `weeks` ISO weeks ending with the current one in the patient's zone")
    Trends trends(@AuthenticationPrincipal PatientPrincipal patient,
                  @RequestParam(defaultValue = "12") @Min(1) @Max(MAX_WEEKS) int weeks) {
        return queries.query(new FetchTrendsQuery(patient.patientId(), null, weeks),
                ResponseTypes.instanceOf(Trends.class)).join();
    }
}
