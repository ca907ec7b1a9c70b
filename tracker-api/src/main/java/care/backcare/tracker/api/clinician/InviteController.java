package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.clinician.ClinicianRules;
import care.backcare.tracker.clinician.CreateInviteCommand;
import care.backcare.tracker.clinician.DeleteInviteCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A clinician's invite codes: one per patient to be connected, shown once, single use, stored hashed. */
@RestController
@RequestMapping("/api/clinician/invites")
@Tag(name = "Clinicians")
class InviteController {

    private static final SecureRandom RANDOM = new SecureRandom();

    record InviteRequest(@Size(max = ClinicianRules.INVITE_LABEL_MAX_LENGTH) String label,
                         @NotNull @Min(ClinicianRules.INVITE_MIN_DAYS) @Max(ClinicianRules.INVITE_MAX_DAYS) Integer expiresInDays) {
    }

    record CreatedInvite(UUID inviteId, String code, Instant expiresAt) {
    }

    record InviteSummary(UUID inviteId, String label, Instant createdAt, Instant expiresAt,
                         ClinicianProjection.InviteStatus status, Instant usedAt) {
    }

    private final CommandGateway commands;
    private final ClinicianProjection clinicians;
    private final Clock clock;

    InviteController(CommandGateway commands, ClinicianProjection clinicians, Clock clock) {
        this.commands = commands;
        this.clinicians = clinicians;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an invite code for a patient",
            description = "10 characters from an alphabet without 0/O and 1/I/L, shown only in this answer; valid for "
                    + "expiresInDays (1-30) and for one patient. Give it to the patient, who enters it under "
                    + "\"Connect a clinician\".")
    CreatedInvite create(@AuthenticationPrincipal PatientPrincipal clinician, @Valid @RequestBody InviteRequest request) {
        UUID inviteId = UUID.randomUUID();
        String code = newCode();
        commands.sendAndWait(new CreateInviteCommand(clinician.accountId(), inviteId, request.label(),
                SecretTokens.hash(code), request.expiresInDays()));
        Instant expiresAt = clinicians.invite(clinician.accountId(), inviteId).map(ClinicianProjection.Invite::expiresAt)
                .orElseThrow();
        return new CreatedInvite(inviteId, code, expiresAt);
    }

    @GetMapping
    @Operation(summary = "The clinician's invites, newest first (never their codes)")
    List<InviteSummary> list(@AuthenticationPrincipal PatientPrincipal clinician) {
        Instant now = clock.instant();
        return clinicians.invites(clinician.accountId()).stream()
                .map(invite -> new InviteSummary(invite.inviteId(), invite.label(), invite.createdAt(), invite.expiresAt(),
                        invite.statusAt(now), invite.redeemedAt()))
                .toList();
    }

    @DeleteMapping("/{inviteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an invite: its code connects nobody from now on (204 again when already deleted)")
    void delete(@AuthenticationPrincipal PatientPrincipal clinician, @PathVariable UUID inviteId) {
        clinicians.invite(clinician.accountId(), inviteId)
                .orElseThrow(() -> new NotFoundException("No invite with id " + inviteId + "."));
        commands.sendAndWait(new DeleteInviteCommand(clinician.accountId(), inviteId));
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(ClinicianRules.CODE_LENGTH);
        for (int i = 0; i < ClinicianRules.CODE_LENGTH; i++) {
            code.append(ClinicianRules.CODE_ALPHABET.charAt(RANDOM.nextInt(ClinicianRules.CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
