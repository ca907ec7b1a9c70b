package care.backcare.tracker.api.share;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.PublicUrls;
import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.share.FetchShareAccessesQuery;
import care.backcare.tracker.share.FetchSharesQuery;
import care.backcare.tracker.share.GrantShareCommand;
import care.backcare.tracker.share.RevokeShareCommand;
import care.backcare.tracker.share.ShareAccess;
import care.backcare.tracker.share.ShareRules;
import care.backcare.tracker.share.ShareSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/me/shares")
@Tag(name = "Sharing")
class ShareController {

    record ShareRequest(
            @NotBlank @Size(max = ShareRules.RECIPIENT_MAX_LENGTH) String recipient,
            @NotNull @Min(ShareRules.MIN_DAYS) @Max(ShareRules.MAX_DAYS) Integer expiresInDays) {
    }

    /** The only time the token is ever shown: the link to give the physiotherapist. */
    record GrantedShare(UUID shareId, String token, String url, Instant expiresAt) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ShareProjection shares;
    private final PublicUrls publicUrls;

    ShareController(CommandGateway commands, QueryGateway queries, ShareProjection shares, PublicUrls publicUrls) {
        this.publicUrls = publicUrls;
        this.commands = commands;
        this.queries = queries;
        this.shares = shares;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Share progress read-only with someone without an account, for 1-180 days",
            description = "Returns the link once; only its hash is kept. Needs the password or the web session: "
                    + "a personal token cannot share data.")
    GrantedShare grant(@AuthenticationPrincipal PatientPrincipal patient, @Valid @RequestBody ShareRequest request) {
        if (patient.method() != PatientPrincipal.Method.PASSWORD) {
            throw new AccessDeniedException("Sign in with your password to share your progress.");
        }
        SecretTokens.Minted minted = ShareGate.FORMAT.mint();
        commands.sendAndWait(new GrantShareCommand(patient.patientId(), minted.id(), request.recipient().strip(),
                minted.secretHash(), request.expiresInDays()));
        ShareProjection.ShareLink link = shares.find(minted.id()).orElseThrow();
        String url = publicUrls.of("/shared/{token}", minted.token());
        return new GrantedShare(minted.id(), minted.token(), url, link.expiresAt());
    }

    @GetMapping
    @Operation(summary = "Every share with its status, how often it was used and when last")
    List<ShareSummary> list(@AuthenticationPrincipal PatientPrincipal patient) {
        return queries.query(new FetchSharesQuery(patient.patientId()),
                ResponseTypes.multipleInstancesOf(ShareSummary.class)).join();
    }

    @GetMapping("/{shareId}/accesses")
    @Operation(summary = "Each use of a share: when, what was looked at, on what kind of device (newest first)",
            description = "A page of at most `limit` uses (1-500, default 100); for the next page pass the "
                    + "`accessedAt` of the last one as `before`.")
    List<ShareAccess> accesses(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID shareId,
                               @RequestParam(required = false) Instant before,
                               @RequestParam(defaultValue = "" + FetchShareAccessesQuery.DEFAULT_LIMIT) @Min(1) @Max(500) int limit) {
        if (!shares.belongsTo(shareId, patient.patientId())) {
            throw new NotFoundException("No share with id " + shareId + ".");
        }
        return queries.query(new FetchShareAccessesQuery(patient.patientId(), shareId, before, limit),
                ResponseTypes.multipleInstancesOf(ShareAccess.class)).join();
    }

    @DeleteMapping("/{shareId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a share: from then on its link opens nothing")
    void revoke(@AuthenticationPrincipal PatientPrincipal patient, @PathVariable UUID shareId) {
        commands.sendAndWait(new RevokeShareCommand(patient.patientId(), shareId));
    }
}
