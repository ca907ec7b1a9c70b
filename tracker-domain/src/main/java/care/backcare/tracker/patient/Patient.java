package care.backcare.tracker.patient;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.account.RegisterPatientCommand;
import care.backcare.tracker.pain.LogPainCommand;
import care.backcare.tracker.pain.PainContent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.pain.PainOutcome;
import care.backcare.tracker.pain.RedFlagAdvice;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.routine.PlanRoutineCommand;
import care.backcare.tracker.routine.RoutinePlan;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.routine.RoutineView;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.SessionOutcome;
import care.backcare.tracker.share.ExpireShareCommand;
import care.backcare.tracker.share.GrantShareCommand;
import care.backcare.tracker.share.RevokeShareCommand;
import care.backcare.tracker.share.ShareExpiredEvent;
import care.backcare.tracker.share.ShareGrantedEvent;
import care.backcare.tracker.share.ShareRevokedEvent;
import care.backcare.tracker.share.ShareRules;
import care.backcare.tracker.share.TooManySharesException;
import care.backcare.tracker.share.UnknownShareException;
import care.backcare.tracker.shared.EntryConflictException;
import care.backcare.tracker.shared.Recorded;
import care.backcare.tracker.shared.RecordingWindow;
import care.backcare.tracker.token.IssuePersonalTokenCommand;
import care.backcare.tracker.token.PersonalTokenIssuedEvent;
import care.backcare.tracker.token.PersonalTokenRevokedEvent;
import care.backcare.tracker.token.RevokePersonalTokenCommand;
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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One patient's history: account, routine plan, sessions, pain entries, access tokens and the share
 * links given to a physiotherapist, with every use of them.
 *
 * <p>Entries carry client-chosen ids so an offline phone can retry safely. The aggregate keeps a
 * fingerprint of each entry's content, not the content, so its state and snapshots stay small
 * however long the history grows.
 */
@AggregateRoot(type = "Patient")
public class Patient {

    @AggregateIdentifier
    private UUID patientId;
    private ZoneId timeZone;
    private RoutinePlan plan;
    private Instant planSince;
    private Map<UUID, Long> sessions = new HashMap<>();
    private Map<UUID, Long> painEntries = new HashMap<>();
    private Set<UUID> activeTokens = new HashSet<>();
    private Set<UUID> revokedTokens = new HashSet<>();
    private Map<UUID, ShareState> shares = new HashMap<>();

    protected Patient() {
        // for Axon: rebuilt from events or a snapshot
    }

    @CommandHandler
    public Patient(RegisterPatientCommand command, Clock clock) {
        apply(new PatientRegisteredEvent(command.patientId(), command.username(), command.displayName(),
                command.timeZone(), clock.instant()));
    }

    /** Returns the plan in force; planning the same routine again changes nothing, not even its date. */
    @CommandHandler
    public RoutineView handle(PlanRoutineCommand command, Clock clock) {
        if (!command.plan().equals(plan)) {
            RoutinePlan next = command.plan();
            apply(new RoutinePlannedEvent(patientId, next.stretches(), next.minutesPerDay(), next.daysPerWeek(),
                    clock.instant()));
        }
        return new RoutineView(plan, planSince);
    }

    /** Records the session (or recognises a retry) and answers sharp pain with the guide's advice. */
    @CommandHandler
    public SessionOutcome handle(CompleteSessionCommand command, Clock clock) {
        SessionContent content = command.content();
        Recorded earlier = compare(sessions.get(command.sessionId()), content.fingerprint(), "session", command.sessionId());
        if (earlier != null) {
            return SessionOutcome.of(earlier, content);
        }
        RecordingWindow.check("completedAt", content.completedAt(), clock.instant());
        apply(new SessionCompletedEvent(patientId, command.sessionId(), content.completedAt(), timeZone,
                content.durationMinutes(), content.exercises(), content.painDuring(), content.notes()));
        return SessionOutcome.of(Recorded.NEW, content);
    }

    /**
     * Records the pain entry (or recognises a retry) with the triage of its red flags: the event keeps
     * the urgency, and the patient is told what to do. A retry has the same red flags, so the same triage.
     */
    @CommandHandler
    public PainOutcome handle(LogPainCommand command, Clock clock) {
        PainContent content = command.content();
        RedFlagAdvice advice = RedFlagTriage.assess(content.redFlags()).orElse(null);
        Recorded earlier = compare(painEntries.get(command.entryId()), content.fingerprint(), "pain entry", command.entryId());
        if (earlier != null) {
            return new PainOutcome(earlier, advice);
        }
        RecordingWindow.check("recordedAt", content.recordedAt(), clock.instant());
        apply(new PainLoggedEvent(patientId, command.entryId(), content.recordedAt(), timeZone, content.score(),
                content.regions(), content.redFlags(), advice == null ? null : advice.urgency(), content.notes()));
        return new PainOutcome(Recorded.NEW, advice);
    }

    @CommandHandler
    public void handle(IssuePersonalTokenCommand command, Clock clock) {
        if (activeTokens.contains(command.tokenId()) || revokedTokens.contains(command.tokenId())) {
            throw new EntryConflictException("personal token", command.tokenId());
        }
        if (activeTokens.size() >= TokenRules.MAX_ACTIVE_TOKENS) {
            throw new TooManyTokensException();
        }
        apply(new PersonalTokenIssuedEvent(patientId, command.tokenId(), command.name(), command.tokenHash(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RevokePersonalTokenCommand command, Clock clock) {
        if (revokedTokens.contains(command.tokenId())) {
            return;
        }
        if (!activeTokens.contains(command.tokenId())) {
            throw new UnknownTokenException(command.tokenId());
        }
        apply(new PersonalTokenRevokedEvent(patientId, command.tokenId(), clock.instant()));
    }

    @CommandHandler
    public void handle(GrantShareCommand command, Clock clock) {
        if (shares.containsKey(command.shareId())) {
            throw new EntryConflictException("share", command.shareId());
        }
        Instant now = clock.instant();
        if (shares.values().stream().filter(share -> share.isActiveAt(now)).count() >= ShareRules.MAX_ACTIVE_SHARES) {
            throw new TooManySharesException();
        }
        apply(new ShareGrantedEvent(patientId, command.shareId(), command.recipient(), command.tokenHash(), now,
                now.plus(Duration.ofDays(command.expiresInDays()))));
    }

    /** Revoking a share that is already revoked or has run out changes nothing. */
    @CommandHandler
    public void handle(RevokeShareCommand command, Clock clock) {
        ShareState share = shares.get(command.shareId());
        if (share == null) {
            throw new UnknownShareException(command.shareId());
        }
        Instant now = clock.instant();
        if (share.isActiveAt(now)) {
            apply(new ShareRevokedEvent(patientId, command.shareId(), now));
        }
    }

    @CommandHandler
    public void handle(ExpireShareCommand command, Clock clock) {
        ShareState share = shares.get(command.shareId());
        if (share == null) {
            throw new UnknownShareException(command.shareId());
        }
        if (!share.revoked() && !share.expired() && !clock.instant().isBefore(share.expiresAt())) {
            apply(new ShareExpiredEvent(patientId, command.shareId(), share.expiresAt()));
        }
    }

    /** null when the id is new; otherwise what the earlier write means for this one. */
    private static Recorded compare(Long recordedFingerprint, long fingerprint, String kind, UUID id) {
        if (recordedFingerprint == null) {
            return null;
        }
        if (recordedFingerprint != fingerprint) {
            throw new EntryConflictException(kind, id);
        }
        return Recorded.ALREADY_RECORDED;
    }

    @EventSourcingHandler
    void on(PatientRegisteredEvent event) {
        patientId = event.patientId();
        timeZone = event.timeZone();
    }

    @EventSourcingHandler
    void on(RoutinePlannedEvent event) {
        plan = event.plan();
        planSince = event.plannedAt();
    }

    @EventSourcingHandler
    void on(SessionCompletedEvent event) {
        sessions.put(event.sessionId(), event.content().fingerprint());
    }

    @EventSourcingHandler
    void on(PainLoggedEvent event) {
        painEntries.put(event.entryId(), event.content().fingerprint());
    }

    @EventSourcingHandler
    void on(PersonalTokenIssuedEvent event) {
        activeTokens.add(event.tokenId());
    }

    @EventSourcingHandler
    void on(ShareGrantedEvent event) {
        shares.put(event.shareId(), new ShareState(event.expiresAt(), false, false));
    }

    @EventSourcingHandler
    void on(ShareRevokedEvent event) {
        shares.computeIfPresent(event.shareId(), (id, share) -> share.revoke());
    }

    @EventSourcingHandler
    void on(ShareExpiredEvent event) {
        shares.computeIfPresent(event.shareId(), (id, share) -> share.expire());
    }

    @EventSourcingHandler
    void on(PersonalTokenRevokedEvent event) {
        activeTokens.remove(event.tokenId());
        revokedTokens.add(event.tokenId());
    }
}
