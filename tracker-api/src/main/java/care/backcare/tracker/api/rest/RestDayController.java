package care.backcare.tracker.api.rest;

import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.support.DateRange;
import care.backcare.tracker.rest.CancelRestDayCommand;
import care.backcare.tracker.rest.FetchRestDaysQuery;
import care.backcare.tracker.rest.RestDayOutcome;
import care.backcare.tracker.rest.RestDayView;
import care.backcare.tracker.rest.TakeRestDayCommand;
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
import java.util.List;

@RestController
@RequestMapping("/api/me/rest-days")
@Tag(name = "Rest days")
class RestDayController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PatientZones zones;
    private final Clock clock;

    RestDayController(CommandGateway commands, QueryGateway queries, PatientZones zones, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    @PutMapping("/{date}")
    @Operation(summary = "Take a rest day on a local date (up to 365 days back, not after today)",
            description = "reason FLARE_UP, ADVISED, ILLNESS or OTHER. 201 the first time, 200 for an identical "
                    + "repeat, 409 when the date already has a rest day with other content. A rest day without a "
                    + "session is not a planned day and does not break a streak.")
    ResponseEntity<RestDayResponse> take(@AuthenticationPrincipal PatientPrincipal patient,
                                         @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                         @Valid @RequestBody RestDayRequest request) {
        RestDayOutcome outcome = commands.sendAndWait(
                new TakeRestDayCommand(patient.patientId(), date, request.reason(), request.notes()));
        RestDayResponse body = new RestDayResponse(date, request.reason(),
                request.notes() == null || request.notes().isBlank() ? null : request.notes(), null);
        return outcome.isNew()
                ? ResponseEntity.created(URI.create("/api/me/rest-days/" + date)).body(body)
                : ResponseEntity.ok(body);
    }

    @DeleteMapping("/{date}")
    @Operation(summary = "Take back the rest day of a date",
            description = "204 whether or not the date had a rest day (a repeat, or a retry after a lost answer, "
                    + "must not fail); only an existing one is recorded as cancelled.")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal PatientPrincipal patient,
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        commands.sendAndWait(new CancelRestDayCommand(patient.patientId(), date));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Rest days on the patient's local dates from..to (inclusive; default the last 28 days, at most 366)")
    List<RestDayResponse> list(@AuthenticationPrincipal PatientPrincipal patient,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange range = DateRange.resolve(from, to, zones.of(patient.patientId()), clock);
        return queries.query(new FetchRestDaysQuery(patient.patientId(), range.from(), range.to()),
                        ResponseTypes.multipleInstancesOf(RestDayView.class)).join()
                .stream().map(RestDayResponse::of).toList();
    }
}
