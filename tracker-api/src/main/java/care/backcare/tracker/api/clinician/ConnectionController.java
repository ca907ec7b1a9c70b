package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.audit.AccessLog;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.api.security.Throttle;
import care.backcare.tracker.api.security.TooManyAttemptsException;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.clinician.ClinicianProfile;
import care.backcare.tracker.clinician.ClinicianRules;
import care.backcare.tracker.clinician.ConnectClinicianCommand;
import care.backcare.tracker.clinician.DisconnectClinicianCommand;
import care.backcare.tracker.clinician.RedeemInviteCommand;
import care.backcare.tracker.clinician.UnknownInviteException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient's side of consent: connect a clinician with their code, see who follows the diary and everything
 * each of them viewed or did, and disconnect them, with effect from the next request.
 */
@RestController
@RequestMapping("/api/me/clinicians")
@Tag(name = "Clinicians")
class ConnectionController {

    record ConnectRequest(@NotNull @Size(max = 40) String code) {
    }

    record ConnectedClinician(UUID clinicianId, String displayName, String profession, Instant connectedAt,
                              Instant lastAccessedAt, long accessCount) {
    }

    private final CommandGateway commands;
    private final ClinicianProjection clinicians;
    private final AccessLog accessLog;
    private final Throttle throttle;
    private final TransactionTemplate transaction;

    ConnectionController(CommandGateway commands, ClinicianProjection clinicians, AccessLog accessLog, Throttle throttle,
                         TransactionTemplate transaction) {
        this.commands = commands;
        this.clinicians = clinicians;
        this.accessLog = accessLog;
        this.throttle = throttle;
        this.transaction = transaction;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Connect a clinician with the invite code they gave you",
            description = "Spaces, dashes and lower case are accepted. An unknown, used, expired or deleted code is the "
                    + "same 404; too many wrong codes from one address are 429, as for share links.")
    ConnectedClinician connect(@AuthenticationPrincipal PatientPrincipal patient, @Valid @RequestBody ConnectRequest request,
                               HttpServletRequest http) {
        String address = http.getRemoteAddr();
        Optional<Duration> wait = throttle.shareLookupBlocked(address);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("Too many wrong codes from this address. Please wait.", wait.get());
        }
        Optional<ClinicianProjection.Invite> invite = ClinicianRules.canonicalCode(request.code())
                .flatMap(code -> clinicians.inviteByCodeHash(SecretTokens.hash(code)));
        try {
            ClinicianProjection.Invite found = invite.orElseThrow(UnknownInviteException::new);
            transaction.executeWithoutResult(status -> {
                commands.sendAndWait(new RedeemInviteCommand(found.clinicianId(), found.inviteId(), patient.patientId()));
                commands.sendAndWait(new ConnectClinicianCommand(patient.patientId(), found.clinicianId(), found.inviteId()));
            });
            return describe(patient.patientId(), found.clinicianId());
        } catch (RuntimeException refused) {
            if (refused instanceof UnknownInviteException || refused.getCause() instanceof UnknownInviteException) {
                throttle.shareLookupMissed(address);
                throw new NotFoundException(new UnknownInviteException().getMessage());
            }
            throw refused;
        }
    }

    @GetMapping
    @Operation(summary = "The clinicians who follow your diary now, with how often and when last each looked")
    List<ConnectedClinician> list(@AuthenticationPrincipal PatientPrincipal patient) {
        return clinicians.connectionsOf(patient.patientId()).stream()
                .map(connection -> describe(patient.patientId(), connection.clinicianId()))
                .toList();
    }

    @GetMapping("/{clinicianId}/accesses")
    @Operation(summary = "Everything a clinician viewed or did, newest first (pages of at most 100: before=<accessedAt>)",
            description = "Also for a clinician disconnected since; 404 for one never connected.")
    List<AccessLog.Access> accesses(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID clinicianId,
                                    @RequestParam(required = false) Instant before) {
        if (!clinicians.everConnected(patient.patientId(), clinicianId)) {
            throw new NotFoundException("No clinician with id " + clinicianId + ".");
        }
        return accessLog.list(patient.patientId(), AccessLog.ActorKind.CLINICIAN, clinicianId, before, 100);
    }

    @DeleteMapping("/{clinicianId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Disconnect a clinician: from the next request on they see nothing of you (404)")
    void disconnect(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID clinicianId) {
        if (clinicians.connection(patient.patientId(), clinicianId).isEmpty()) {
            throw new NotFoundException("No connected clinician with id " + clinicianId + ".");
        }
        commands.sendAndWait(new DisconnectClinicianCommand(patient.patientId(), clinicianId));
    }

    private ConnectedClinician describe(UUID patientId, UUID clinicianId) {
        ClinicianProfile profile = clinicians.profile(clinicianId).orElseThrow();
        Instant connectedAt = clinicians.connection(patientId, clinicianId)
                .map(ClinicianProjection.Connection::connectedAt).orElseThrow();
        AccessLog.Tally tally = accessLog.tally(patientId, AccessLog.ActorKind.CLINICIAN, clinicianId);
        return new ConnectedClinician(clinicianId, profile.displayName(), profile.profession(), connectedAt,
                tally.last(), tally.count());
    }
}
