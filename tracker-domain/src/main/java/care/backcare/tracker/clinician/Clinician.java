package care.backcare.tracker.clinician;

import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.token.TokenRules;
import care.backcare.tracker.token.TooManyTokensException;
import care.backcare.tracker.token.UnknownTokenException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A clinician's account and invite codes. The patients they follow are in each patient's own history (a
 * connection is the patient's consent, and theirs to withdraw); here only which invites are open.
 */
@AggregateRoot(type = "Clinician")
public class Clinician {

    @AggregateIdentifier
    private UUID clinicianId;
    /** Open invites and when each expires; a used or deleted one is removed. */
    private Map<UUID, Instant> openInvites = new HashMap<>();
    /** Personal tokens not revoked, and when each expires; every token id ever used, so none is used twice. */
    private Map<UUID, Instant> activeTokens = new HashMap<>();
    private java.util.Set<UUID> usedTokenIds = new java.util.HashSet<>();

    protected Clinician() {
        // for Axon
    }

    @CommandHandler
    public Clinician(RegisterClinicianCommand command, Clock clock) {
        apply(new ClinicianRegisteredEvent(command.clinicianId(), command.username(), command.displayName(),
                command.timeZone(), command.profession(), clock.instant()));
    }

    @CommandHandler
    public void handle(CreateInviteCommand command, Clock clock) {
        Instant now = clock.instant();
        if (openInvites.containsKey(command.inviteId())) {
            return;
        }
        if (openInvites.values().stream().filter(now::isBefore).count() >= ClinicianRules.MAX_OPEN_INVITES) {
            throw new TooManyInvitesException();
        }
        apply(new InviteCreatedEvent(clinicianId, command.inviteId(), command.label(), command.codeHash(), now,
                now.plus(Duration.ofDays(command.expiresInDays()))));
    }

    /** Deleting an invite that is used, deleted or unknown changes nothing. */
    @CommandHandler
    public void handle(DeleteInviteCommand command, Clock clock) {
        if (openInvites.containsKey(command.inviteId())) {
            apply(new InviteDeletedEvent(clinicianId, command.inviteId(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RedeemInviteCommand command, Clock clock) {
        Instant now = clock.instant();
        Instant expiresAt = openInvites.get(command.inviteId());
        if (expiresAt == null || !now.isBefore(expiresAt)) {
            throw new UnknownInviteException();
        }
        apply(new InviteRedeemedEvent(clinicianId, command.inviteId(), command.redeemedBy(), now));
    }

    // ---- personal tokens, as a patient's (TokenRules) ----

    @CommandHandler
    public void handle(IssueClinicianTokenCommand command, Clock clock) {
        if (usedTokenIds.contains(command.tokenId())) {
            throw new EntryConflictException("personal token", command.tokenId());
        }
        Instant now = clock.instant();
        if (activeTokens.values().stream().filter(now::isBefore).count() >= TokenRules.MAX_ACTIVE_TOKENS) {
            throw new TooManyTokensException();
        }
        int days = command.expiresInDays() == null ? TokenRules.DEFAULT_EXPIRY_DAYS : command.expiresInDays();
        apply(new ClinicianTokenIssuedEvent(clinicianId, command.tokenId(), command.name(), command.tokenHash(), now,
                now.plus(Duration.ofDays(days))));
    }

    /** Revoking a revoked token changes nothing; an id never issued is unknown. All: every token that still works. */
    @CommandHandler
    public void handle(RevokeClinicianTokenCommand command, Clock clock) {
        Instant now = clock.instant();
        if (command.tokenId() == null) {
            activeTokens.entrySet().stream().filter(token -> now.isBefore(token.getValue())).map(Map.Entry::getKey)
                    .sorted().toList()
                    .forEach(token -> apply(new ClinicianTokenRevokedEvent(clinicianId, token, now)));
            return;
        }
        if (!usedTokenIds.contains(command.tokenId())) {
            throw new UnknownTokenException(command.tokenId());
        }
        if (activeTokens.containsKey(command.tokenId())) {
            apply(new ClinicianTokenRevokedEvent(clinicianId, command.tokenId(), now));
        }
    }

    @EventSourcingHandler
    void on(ClinicianTokenIssuedEvent event) {
        activeTokens.put(event.tokenId(), event.expiresAt());
        usedTokenIds.add(event.tokenId());
    }

    @EventSourcingHandler
    void on(ClinicianTokenRevokedEvent event) {
        activeTokens.remove(event.tokenId());
    }

    @EventSourcingHandler
    void on(ClinicianRegisteredEvent event) {
        clinicianId = event.clinicianId();
    }

    @EventSourcingHandler
    void on(InviteCreatedEvent event) {
        openInvites.values().removeIf(expiresAt -> !event.createdAt().isBefore(expiresAt));
        openInvites.put(event.inviteId(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(InviteDeletedEvent event) {
        openInvites.remove(event.inviteId());
    }

    @EventSourcingHandler
    void on(InviteRedeemedEvent event) {
        openInvites.remove(event.inviteId());
    }
}
