package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.audit.AccessLog;
import care.backcare.tracker.api.report.ReportRequests;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.routine.RoutineRequest;
import care.backcare.tracker.api.trend.TrendQueries;
import care.backcare.tracker.clinician.AcknowledgeAlertsCommand;
import care.backcare.tracker.clinician.ClinicianRules;
import care.backcare.tracker.clinician.SendMessageCommand;
import care.backcare.tracker.kernel.Recorded;
import care.backcare.tracker.routine.FetchRoutineQuery;
import care.backcare.tracker.routine.PlanRoutineCommand;
import care.backcare.tracker.routine.RoutineView;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.Trends;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A clinician's caseload and what they may see and do for one connected patient: the same overview, trends and
 * PDF a share link shows, acknowledging alerts, prescribing the routine and writing to the patient. Every request
 * about a patient goes through {@link ClinicianGate}: connected, or 404; recorded, always.
 */
@RestController
@RequestMapping("/api/clinician")
@Tag(name = "Clinicians")
class CaseloadController {

    record PatientOverview(UUID patientId, String displayName, ZoneId timeZone, Instant connectedAt, String currentWeek,
                           Caseload.Entry caseload, ReportRequests.Overview overview) {
    }

    record AcknowledgementRequest(@NotNull Instant through,
                                  @Size(max = ClinicianRules.ACKNOWLEDGEMENT_NOTE_MAX_LENGTH) String note) {
    }

    record Acknowledged(UUID patientId, Instant through, String note) {
    }

    record RoutineSet(List<String> stretches, int minutesPerDay, int daysPerWeek, Instant plannedAt,
                      MessagesController.Author setBy) {
    }

    record MessageRequest(@NotNull @Size(min = 1, max = ClinicianRules.MESSAGE_MAX_LENGTH) String text) {
    }

    record MessageSent(UUID messageId, String text) {
    }

    private final Caseload caseload;
    private final ClinicianGate gate;
    private final AccessLog accessLog;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TrendQueries trends;
    private final ReportRequests reports;

    CaseloadController(Caseload caseload, ClinicianGate gate, AccessLog accessLog, CommandGateway commands,
                       QueryGateway queries, TrendQueries trends, ReportRequests reports) {
        this.caseload = caseload;
        this.gate = gate;
        this.accessLog = accessLog;
        this.commands = commands;
        this.queries = queries;
        this.trends = trends;
        this.reports = reports;
    }

    @GetMapping("/patients")
    @Operation(summary = "The caseload: every connected patient, who needs attention first",
            description = "Sorted by priority (EMERGENCY, SAME_DAY, ATTENTION, ON_TRACK), then by the newest reason. "
                    + "Figures cover the last 14 complete days and come from the same trend engine as GET /api/me/trends.")
    List<Caseload.Entry> patients(@AuthenticationPrincipal PatientPrincipal clinician, HttpServletRequest request) {
        List<Caseload.Entry> entries = caseload.of(clinician.accountId());
        accessLog.recordAll(entries.stream().map(Caseload.Entry::patientId).toList(), AccessLog.ActorKind.CLINICIAN,
                clinician.accountId(), ClinicianGate.Viewed.CASELOAD.name(), ClinicianGate.client(request));
        return entries;
    }

    @GetMapping("/patients/{patientId}")
    @Operation(summary = "One connected patient: the overview a share link shows, with the caseload row")
    PatientOverview patient(@AuthenticationPrincipal PatientPrincipal clinician, @PathVariable UUID patientId,
                            @RequestParam(required = false) String week,
                            @RequestParam(defaultValue = "12") @Min(ReportRequests.MIN_WEEKS) @Max(ReportRequests.MAX_WEEKS) int weeks,
                            @RequestParam(defaultValue = "" + ReportRequests.DEFAULT_CHART_WIDTH) @Min(ReportRequests.MIN_CHART_WIDTH) @Max(ReportRequests.MAX_CHART_WIDTH) int chartWidth,
                            HttpServletRequest request) {
        ClinicianGate.Opened opened = gate.open(clinician, patientId, ClinicianGate.Viewed.OVERVIEW, ReportRequests.accessDetail(week, weeks),
                request);
        Caseload.Entry row = caseload.one(clinician.accountId(), patientId).orElseThrow();
        IsoWeek current = trends.currentWeek(patientId);
        ReportRequests.Overview overview = reports.overview(patientId, reports.week(week, current, weeks), weeks,
                chartWidth);
        return new PatientOverview(patientId, row.displayName(), trends.zone(patientId), opened.connectedAt(),
                current.toString(), row, overview);
    }

    @GetMapping("/patients/{patientId}/trends")
    @Operation(summary = "A connected patient's weekly trends, exactly as GET /api/me/trends shows them")
    Trends trends(@AuthenticationPrincipal PatientPrincipal clinician, @PathVariable UUID patientId,
                  @RequestParam(required = false) String week,
                  @RequestParam(defaultValue = "12") @Min(1) @Max(104) int weeks, HttpServletRequest request) {
        gate.open(clinician, patientId, ClinicianGate.Viewed.TRENDS, ReportRequests.accessDetail(week, weeks), request);
        IsoWeek last = reports.week(week, trends.currentWeek(patientId), weeks);
        return queries.query(new FetchTrendsQuery(patientId, last, weeks), ResponseTypes.instanceOf(Trends.class)).join();
    }

    @GetMapping("/patients/{patientId}/reports/weekly")
    @Operation(summary = "A connected patient's weekly PDF report, exactly as the patient downloads it")
    ResponseEntity<byte[]> weekly(@AuthenticationPrincipal PatientPrincipal clinician, @PathVariable UUID patientId,
                                  @RequestParam(required = false) String week,
                                  @RequestParam(defaultValue = "12") @Min(ReportRequests.MIN_WEEKS) @Max(ReportRequests.MAX_WEEKS) int weeks,
                                  HttpServletRequest request) {
        gate.open(clinician, patientId, ClinicianGate.Viewed.REPORT, ReportRequests.accessDetail(week, weeks), request);
        IsoWeek reportWeek = reports.week(week, trends.currentWeek(patientId), trends.lastCompleteWeek(patientId), weeks);
        return reports.pdf(patientId, reportWeek, weeks);
    }

    @PostMapping("/patients/{patientId}/acknowledgements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Acknowledge the patient's alerts up to a time",
            description = "Red flags and sharp-pain sessions recorded up to `through` (at most now) are seen: they leave "
                    + "the caseload's reasons, and the patient's page shows \"seen by <name> on <date>\" beside them.")
    Acknowledged acknowledge(@AuthenticationPrincipal PatientPrincipal clinician, @PathVariable UUID patientId,
                             @Valid @RequestBody AcknowledgementRequest body, HttpServletRequest request) {
        ClinicianGate.Opened opened = gate.open(clinician, patientId, ClinicianGate.Viewed.ACKNOWLEDGED,
                "through " + body.through(), request);
        Instant through = commands.sendAndWait(new AcknowledgeAlertsCommand(patientId, clinician.accountId(),
                opened.clinician().displayName(), body.through(), body.note()));
        return new Acknowledged(patientId, through, body.note());
    }

    @PutMapping("/patients/{patientId}/routine")
    @Operation(summary = "Prescribe the routine: it becomes the plan in force, recorded as set by you",
            description = "The patient sees who set it and may change it again.")
    RoutineSet routine(@AuthenticationPrincipal PatientPrincipal clinician, @PathVariable UUID patientId,
                       @Valid @RequestBody RoutineRequest body, HttpServletRequest request) {
        ClinicianGate.Opened opened = gate.open(clinician, patientId, ClinicianGate.Viewed.ROUTINE_SET,
                body.stretches().size() + " stretches, " + body.minutesPerDay() + " min, " + body.daysPerWeek() + " days",
                request);
        RoutineView view = commands.sendAndWait(new PlanRoutineCommand(patientId, body.plan(), clinician.accountId(),
                opened.clinician().displayName()));
        return new RoutineSet(view.plan().stretches(), view.plan().minutesPerDay(), view.plan().daysPerWeek(),
                view.plannedAt(), new MessagesController.Author(clinician.accountId(), opened.clinician().displayName()));
    }

    @PutMapping("/patients/{patientId}/messages/{messageId}")
    @Operation(summary = "Send the patient a message (one way; 1-2,000 characters)",
            description = "201 the first time, 200 for an identical repeat, 409 when the id was used for another text.")
    ResponseEntity<MessageSent> message(@AuthenticationPrincipal PatientPrincipal clinician, @PathVariable UUID patientId,
                                        @PathVariable UUID messageId, @Valid @RequestBody MessageRequest body,
                                        HttpServletRequest request) {
        ClinicianGate.Opened opened = gate.open(clinician, patientId, ClinicianGate.Viewed.MESSAGE_SENT, null, request);
        Recorded recorded = commands.sendAndWait(new SendMessageCommand(patientId, messageId, clinician.accountId(),
                opened.clinician().displayName(), body.text()));
        MessageSent sent = new MessageSent(messageId, body.text());
        return recorded == Recorded.NEW
                ? ResponseEntity.created(URI.create("/api/clinician/patients/" + patientId + "/messages/" + messageId))
                .body(sent)
                : ResponseEntity.ok(sent);
    }
}
