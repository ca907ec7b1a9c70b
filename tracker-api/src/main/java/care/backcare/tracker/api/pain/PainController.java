package care.backcare.tracker.api.pain;

import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.clinician.AlertAcknowledgement;
import care.backcare.tracker.clinician.FetchAcknowledgementsQuery;
import care.backcare.tracker.api.support.DateRange;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.health.FetchHealthProfileQuery;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.pain.FetchPainEntriesQuery;
import care.backcare.tracker.pain.FetchPainEntryQuery;
import care.backcare.tracker.pain.LogPainCommand;
import care.backcare.tracker.pain.PainContent;
import care.backcare.tracker.pain.PainEntryView;
import care.backcare.tracker.pain.PainOutcome;
import care.backcare.tracker.pain.RedFlagAdvice;
import care.backcare.tracker.pain.WithdrawPainEntryCommand;
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
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping("/api/me/pain")
@Tag(name = "Pain")
class PainController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PatientZones zones;
    private final Clock clock;

    PainController(CommandGateway commands, QueryGateway queries, PatientZones zones, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    @PutMapping("/{entryId}")
    @Operation(summary = "Log pain (0-10) under a client-chosen id",
            description = "201 the first time, 200 for an identical repeat, 409 when the id was used for different "
                    + "content (or was withdrawn). Red flags are answered with advice {urgency, level, message, "
                    + "safetyNet}: level EMERGENCY, SAME_DAY or SOON by the triage table, escalated by the health "
                    + "profile; urgency URGENT for EMERGENCY and SAME_DAY. Nobody is alerted.")
    ResponseEntity<PainResponse> log(@AuthenticationPrincipal PatientPrincipal patient,
                                     @PathVariable UUID entryId,
                                     @Valid @RequestBody PainRequest request) {
        PainContent content = request.toContent();
        PainOutcome outcome = commands.sendAndWait(new LogPainCommand(patient.patientId(), entryId, content));
        RedFlagAdvice advice = outcome.advice();
        PainResponse body = PainResponse.of(new PainEntryView(entryId, content.recordedAt(),
                content.recordedAt().atZone(zones.of(patient.patientId())).toLocalDate(), content.score(),
                content.regions(), content.redFlags(), advice == null ? null : advice.urgency(), content.notes()),
                advice);
        return outcome.isNew()
                ? ResponseEntity.created(URI.create("/api/me/pain/" + entryId)).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping
    @Operation(summary = "Pain entries on the patient's local dates from..to (inclusive; default the last 28 days, at most 366)")
    List<PainResponse> list(@AuthenticationPrincipal PatientPrincipal patient,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange range = DateRange.resolve(from, to, zones.of(patient.patientId()), clock);
        List<AlertAcknowledgement> acknowledgements = acknowledgements(patient);
        return queries.query(new FetchPainEntriesQuery(patient.patientId(), range.from(), range.to()),
                        ResponseTypes.multipleInstancesOf(PainEntryView.class)).join()
                .stream().map(entry -> seen(PainResponse.of(entry, riskFactors(patient)), acknowledgements)).toList();
    }

    @DeleteMapping("/{entryId}")
    @Operation(summary = "Withdraw a mistaken pain entry",
            description = "204; recorded as an event: the entry leaves every figure, list and count, and its id cannot "
                    + "be used again (a later PUT is 409). A withdrawn red-flag entry stays in the red-flag history "
                    + "clinicians and share links see, marked as withdrawn by the patient. Repeat: 204; unknown id: 404.")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID entryId) {
        commands.sendAndWait(new WithdrawPainEntryCommand(patient.patientId(), entryId));
        return ResponseEntity.noContent().build();
    }

    private Set<RiskFactor> riskFactors(PatientPrincipal patient) {
        return queries.query(new FetchHealthProfileQuery(patient.patientId()),
                ResponseTypes.instanceOf(HealthProfile.class)).join().riskFactors();
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "One pain entry")
    PainResponse one(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID entryId) {
        return queries.query(new FetchPainEntryQuery(patient.patientId(), entryId),
                        ResponseTypes.optionalInstanceOf(PainEntryView.class)).join()
                .map(entry -> seen(PainResponse.of(entry, riskFactors(patient)), acknowledgements(patient)))
                .orElseThrow(() -> new NotFoundException("No pain entry with id " + entryId + "."));
    }

    private List<AlertAcknowledgement> acknowledgements(PatientPrincipal patient) {
        return queries.query(new FetchAcknowledgementsQuery(patient.patientId()),
                ResponseTypes.multipleInstancesOf(AlertAcknowledgement.class)).join();
    }

    /** A red-flag entry a clinician acknowledged says who saw it; other entries are as they were. */
    private static PainResponse seen(PainResponse entry, List<AlertAcknowledgement> acknowledgements) {
        if (entry.redFlags().isEmpty() || acknowledgements.isEmpty()) {
            return entry;
        }
        return AlertAcknowledgement.firstCovering(acknowledgements, entry.recordedAt())
                .map(ack -> entry.seenBy(new PainResponse.SeenBy(ack.clinicianId(), ack.clinicianName(),
                        ack.acknowledgedAt())))
                .orElse(entry);
    }
}
