package care.backcare.tracker.api.token;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.token.FetchPersonalTokensQuery;
import care.backcare.tracker.clinician.IssueClinicianTokenCommand;
import care.backcare.tracker.clinician.RevokeClinicianTokenCommand;
import care.backcare.tracker.token.IssuePersonalTokenCommand;
import care.backcare.tracker.token.PersonalTokenSummary;
import care.backcare.tracker.token.RevokePersonalTokenCommand;
import care.backcare.tracker.token.TokenRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/me/tokens")
@Tag(name = "Personal tokens")
class TokenController {

    record TokenRequest(@NotBlank @Size(max = TokenRules.NAME_MAX_LENGTH) String name,
                        @Min(1) @Max(TokenRules.MAX_EXPIRY_DAYS) Integer expiresInDays) {
    }

    /** The only time the token itself is ever shown. */
    record IssuedToken(UUID id, String name, String token, Instant expiresAt) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    TokenController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a personal token for scripts and apps; it is shown once",
            description = "Requires the password: a personal token cannot mint further tokens. It expires after "
                    + "expiresInDays (1-730, default 365); an expired token is refused like a revoked one.")
    IssuedToken issue(@AuthenticationPrincipal PatientPrincipal patient, @Valid @RequestBody TokenRequest request) {
        if (patient.method() != PatientPrincipal.Method.PASSWORD) {
            throw new AccessDeniedException("Sign in with your password to issue a personal token.");
        }
        SecretTokens.Minted minted = TokenProjection.FORMAT.mint();
        String name = request.name().strip();
        commands.sendAndWait(patient.role() == PatientPrincipal.Role.CLINICIAN
                ? new IssueClinicianTokenCommand(patient.accountId(), minted.id(), name, minted.secretHash(),
                request.expiresInDays())
                : new IssuePersonalTokenCommand(patient.patientId(), minted.id(), name, minted.secretHash(),
                request.expiresInDays()));
        Instant expiresAt = list(patient).stream().filter(token -> token.id().equals(minted.id()))
                .map(PersonalTokenSummary::expiresAt).findFirst().orElse(null);
        return new IssuedToken(minted.id(), name, minted.token(), expiresAt);
    }

    @GetMapping
    @Operation(summary = "The active personal tokens (neither revoked nor expired), with their expiry, without their secrets")
    List<PersonalTokenSummary> list(@AuthenticationPrincipal PatientPrincipal patient) {
        return queries.query(new FetchPersonalTokensQuery(patient.patientId()),
                ResponseTypes.multipleInstancesOf(PersonalTokenSummary.class)).join();
    }

    @DeleteMapping("/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a personal token; it stops working at once")
    void revoke(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID tokenId) {
        commands.sendAndWait(patient.role() == PatientPrincipal.Role.CLINICIAN
                ? new RevokeClinicianTokenCommand(patient.accountId(), tokenId)
                : new RevokePersonalTokenCommand(patient.patientId(), tokenId));
    }
}
