package care.backcare.tracker.clinician;

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
