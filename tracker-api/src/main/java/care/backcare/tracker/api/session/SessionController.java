package care.backcare.tracker.api.session;

import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.support.DateRange;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.FetchSessionQuery;
import care.backcare.tracker.session.FetchSessionsQuery;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.SessionOutcome;
import care.backcare.tracker.session.SessionView;
import care.backcare.tracker.session.WithdrawSessionCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/me/sessions")
@Tag(name = "Sessions")
class SessionController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PatientZones zones;
    private final Clock clock;

    SessionController(CommandGateway commands, QueryGateway queries, PatientZones zones, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    @PutMapping("/{sessionId}")
    @Operation(summary = "Record a completed session under a client-chosen id",
            description = "201 the first time, 200 for an identical repeat (nothing new recorded), 409 when the id "
                    + "was used for different content. Sharp pain during the session is recorded and answered with advice.")
    ResponseEntity<SessionResponse> record(@AuthenticationPrincipal PatientPrincipal patient,
                                           @PathVariable UUID sessionId,
                                           @Valid @RequestBody SessionRequest request) {
        SessionContent content = request.toContent();
        SessionOutcome outcome = commands.sendAndWait(new CompleteSessionCommand(patient.patientId(), sessionId, content));
        ZoneId zone = zones.of(patient.patientId());
        SessionResponse body = SessionResponse.of(new SessionView(sessionId, content.completedAt(),
                content.completedAt().atZone(zone).toLocalDate(), content.durationMinutes(), content.exercises(),
                content.painDuring(), content.notes()), outcome.advice());
        return outcome.isNew()
                ? ResponseEntity.created(URI.create("/api/me/sessions/" + sessionId)).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping
    @Operation(summary = "Sessions on the patient's local dates from..to (inclusive; default the last 28 days, at most 366)")
    List<SessionResponse> list(@AuthenticationPrincipal PatientPrincipal patient,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange range = DateRange.resolve(from, to, zones.of(patient.patientId()), clock);
        return queries.query(new FetchSessionsQuery(patient.patientId(), range.from(), range.to()),
                        ResponseTypes.multipleInstancesOf(SessionView.class)).join()
                .stream().map(SessionResponse::of).toList();
    }

    @DeleteMapping("/{sessionId}")
    @Operation(summary = "Withdraw a mistaken session",
            description = "204; recorded as an event (nothing is rewritten): the session leaves every figure, list and "
                    + "report, and its id cannot be used again (a later PUT with it is 409). Repeating the DELETE is "
                    + "204; an id never recorded is 404.")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID sessionId) {
        commands.sendAndWait(new WithdrawSessionCommand(patient.patientId(), sessionId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{sessionId}")
    @Operation(summary = "One recorded session")
    SessionResponse one(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID sessionId) {
        return queries.query(new FetchSessionQuery(patient.patientId(), sessionId),
                        ResponseTypes.optionalInstanceOf(SessionView.class)).join()
                .map(SessionResponse::of)
                .orElseThrow(() -> new NotFoundException("No session with id " + sessionId + "."));
    }
}
