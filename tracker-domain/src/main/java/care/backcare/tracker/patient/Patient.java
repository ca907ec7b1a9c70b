package care.backcare.tracker.patient;

import care.backcare.tracker.account.ErasePatientCommand;
import care.backcare.tracker.account.PatientErasedEvent;
import care.backcare.tracker.account.PatientErasedException;
import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.account.RegisterPatientCommand;
import care.backcare.tracker.clinician.AcknowledgeAlertsCommand;
import care.backcare.tracker.clinician.AlertsAcknowledgedEvent;
import care.backcare.tracker.clinician.ClinicianConnectedEvent;
import care.backcare.tracker.clinician.ClinicianDisconnectedEvent;
import care.backcare.tracker.clinician.ConnectClinicianCommand;
import care.backcare.tracker.clinician.DisconnectClinicianCommand;
import care.backcare.tracker.clinician.MessageSentEvent;
import care.backcare.tracker.clinician.NotConnectedException;
import care.backcare.tracker.clinician.SendMessageCommand;
import care.backcare.tracker.history.ImportHistoryCommand;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.HealthProfileUpdatedEvent;
import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.health.UpdateHealthProfileCommand;
import care.backcare.tracker.pain.LogPainCommand;
import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.WithdrawPainEntryCommand;
import care.backcare.tracker.rest.CancelRestDayCommand;
import care.backcare.tracker.rest.RestDayCancelledEvent;
import care.backcare.tracker.rest.RestDayOutcome;
import care.backcare.tracker.rest.RestDayReason;
import care.backcare.tracker.rest.RestDayRules;
import care.backcare.tracker.rest.RestDayTakenEvent;
import care.backcare.tracker.rest.TakeRestDayCommand;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import care.backcare.tracker.session.WithdrawSessionCommand;
import care.backcare.tracker.kernel.Fingerprint;
import care.backcare.tracker.kernel.UnknownEntryException;
import care.backcare.tracker.pain.PainContent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.pain.PainOutcome;
import care.backcare.tracker.pain.RedFlagAdvice;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.reminder.CalendarFeedGrantedEvent;
import care.backcare.tracker.reminder.CalendarFeedRevokedEvent;
import care.backcare.tracker.reminder.GrantCalendarFeedCommand;
import care.backcare.tracker.reminder.RemindersSetEvent;
import care.backcare.tracker.reminder.ReminderSchedule;
import care.backcare.tracker.reminder.RevokeCalendarFeedCommand;
import care.backcare.tracker.reminder.SetRemindersCommand;
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
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.Recorded;
import care.backcare.tracker.kernel.RecordingWindow;
import care.backcare.tracker.token.IssuePersonalTokenCommand;
import care.backcare.tracker.token.PersonalTokenIssuedEvent;
import care.backcare.tracker.token.PersonalTokenRevokedEvent;
import care.backcare.tracker.token.RevokeAllPersonalTokensCommand;
import care.backcare.tracker.token.RevokePersonalTokenCommand;
import care.backcare.tracker.token.TokenRules;
import care.backcare.tracker.token.TooManyTokensException;
import care.backcare.tracker.token.UnknownTokenException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
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
    /** When each active token stops working (v1.1; absent from older snapshots, filled as tokens are issued). */
    private Map<UUID, Instant> tokenExpiries = new HashMap<>();
    private Map<UUID, ShareState> shares = new HashMap<>();
    private ReminderSchedule reminders = ReminderSchedule.NONE;
    private UUID calendarFeed;
    private boolean erased;
    // clinical safety (v1.1): the health profile triage escalates with, rest days, withdrawn entries
    private Set<RiskFactor> riskFactors = EnumSet.noneOf(RiskFactor.class);
    private Instant healthProfileUpdatedAt;
    private Map<LocalDate, Long> restDays = new HashMap<>();
    private Set<UUID> withdrawnSessions = new HashSet<>();
    private Set<UUID> withdrawnPainEntries = new HashSet<>();
    // clinicians (v1.1): who may follow the diary, who set the plan, the messages received (by fingerprint)
    private Set<UUID> clinicians = new HashSet<>();
    private UUID planSetBy;
    private Map<UUID, Long> messages = new HashMap<>();

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
        if (command.setBy() != null) {
            requireConnected(command.setBy());
        }
        if (!command.plan().equals(plan) || !java.util.Objects.equals(command.setBy(), planSetBy)) {
            RoutinePlan next = command.plan();
            apply(new RoutinePlannedEvent(patientId, next.stretches(), next.minutesPerDay(), next.daysPerWeek(),
                    clock.instant(), command.setBy(), command.setByName()));
        }
        return new RoutineView(plan, planSince, planSetBy, null);
    }

    // ---- clinicians (v1.1): consent by invite, acknowledgements, messages ----

    /** Connecting a clinician already connected changes nothing. */
    @CommandHandler
    public void handle(ConnectClinicianCommand command, Clock clock) {
        if (!clinicians.contains(command.clinicianId())) {
            apply(new ClinicianConnectedEvent(patientId, command.clinicianId(), command.inviteId(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(DisconnectClinicianCommand command, Clock clock) {
        requireConnected(command.clinicianId());
        apply(new ClinicianDisconnectedEvent(patientId, command.clinicianId(), clock.instant()));
    }

    /** Alerts can only be seen up to now: a {@code through} in the future is taken as now. */
    @CommandHandler
    public Instant handle(AcknowledgeAlertsCommand command, Clock clock) {
        requireConnected(command.clinicianId());
        Instant now = clock.instant();
        Instant through = command.through().isAfter(now) ? now : command.through();
        apply(new AlertsAcknowledgedEvent(patientId, command.clinicianId(), command.clinicianName(), through,
                command.note(), now));
        return through;
    }

    @CommandHandler
    public Recorded handle(SendMessageCommand command, Clock clock) {
        requireConnected(command.clinicianId());
        long fingerprint = Fingerprint.of(command.clinicianId() + "|" + command.text());
        Recorded earlier = compare(messages.get(command.messageId()), fingerprint, "message", command.messageId());
        if (earlier != null) {
            return earlier;
        }
        apply(new MessageSentEvent(patientId, command.messageId(), command.clinicianId(), command.authorName(),
                command.text(), clock.instant()));
        return Recorded.NEW;
    }

    private void requireConnected(UUID clinicianId) {
        if (!clinicians.contains(clinicianId)) {
            throw new NotConnectedException();
        }
    }

    @EventSourcingHandler
    void on(ClinicianConnectedEvent event) {
        clinicians.add(event.clinicianId());
    }

    @EventSourcingHandler
    void on(ClinicianDisconnectedEvent event) {
        clinicians.remove(event.clinicianId());
    }

    @EventSourcingHandler
    void on(MessageSentEvent event) {
        messages.put(event.messageId(), Fingerprint.of(event.clinicianId() + "|" + event.text()));
    }

    /** Records the session (or recognises a retry) and answers sharp pain with the guide's advice. */
    @CommandHandler
    public SessionOutcome handle(CompleteSessionCommand command, Clock clock) {
        SessionContent content = command.content();
        if (withdrawnSessions.contains(command.sessionId())) {
            throw EntryConflictException.withdrawn("session", command.sessionId());
        }
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
     * the urgency, and the patient is told what to do. The triage escalates with the patient's health profile
     * as it is now, so a retry after the profile changed is answered under the current profile.
     */
    @CommandHandler
    public PainOutcome handle(LogPainCommand command, Clock clock) {
        PainContent content = command.content();
        if (withdrawnPainEntries.contains(command.entryId())) {
            throw EntryConflictException.withdrawn("pain entry", command.entryId());
        }
        RedFlagAdvice advice = RedFlagTriage.assess(content.redFlags(), riskFactors).orElse(null);
        Recorded earlier = compare(painEntries.get(command.entryId()), content.fingerprint(), "pain entry", command.entryId());
        if (earlier != null) {
            return new PainOutcome(earlier, advice);
        }
        RecordingWindow.check("recordedAt", content.recordedAt(), clock.instant());
        apply(new PainLoggedEvent(patientId, command.entryId(), content.recordedAt(), timeZone, content.score(),
                content.regions(), content.redFlags(), advice == null ? null : advice.urgency(), content.notes()));
        return new PainOutcome(Recorded.NEW, advice);
    }

    // --- personal tokens: issue (with an expiry), revoke one, revoke all ("sign out everywhere") ---

    /** Expired tokens no longer count towards the limit of active ones. */
    @CommandHandler
    public void handle(IssuePersonalTokenCommand command, Clock clock) {
        if (activeTokens.contains(command.tokenId()) || revokedTokens.contains(command.tokenId())) {
            throw new EntryConflictException("personal token", command.tokenId());
        }
        Instant now = clock.instant();
        if (activeTokens.stream().filter(token -> tokenWorksAt(token, now)).count() >= TokenRules.MAX_ACTIVE_TOKENS) {
            throw new TooManyTokensException();
        }
        Instant expiresAt = command.expiresInDays() == null ? null : now.plus(Duration.ofDays(command.expiresInDays()));
        apply(new PersonalTokenIssuedEvent(patientId, command.tokenId(), command.name(), command.tokenHash(), now,
                expiresAt));
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

    /** Every token that still works is revoked; expired ones are left as they are. */
    @CommandHandler
    public void handle(RevokeAllPersonalTokensCommand command, Clock clock) {
        Instant now = clock.instant();
        activeTokens.stream().filter(token -> tokenWorksAt(token, now)).sorted().toList()
                .forEach(token -> apply(new PersonalTokenRevokedEvent(patientId, token, now)));
    }

    private boolean tokenWorksAt(UUID token, Instant now) {
        Instant expiresAt = tokenExpiries.get(token);
        return expiresAt == null || expiresAt.isAfter(now);
    }

    @EventSourcingHandler
    void on(PersonalTokenIssuedEvent event) {
        activeTokens.add(event.tokenId());
        tokenExpiries.put(event.tokenId(), event.effectiveExpiry());
    }

    @EventSourcingHandler
    void on(PersonalTokenRevokedEvent event) {
        activeTokens.remove(event.tokenId());
        revokedTokens.add(event.tokenId());
        tokenExpiries.remove(event.tokenId());
    }

    // --- end of personal tokens ---

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

    /** An erased patient's history is closed: every command is refused, whatever it is. */
    @CommandHandlerInterceptor
    Object refuseWhenErased(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (erased) {
            throw new PatientErasedException();
        }
        return chain.proceed();
    }

    /** Records the fact of erasure (nothing personal in it); the data itself is made unreadable outside. */
    @CommandHandler
    public void handle(ErasePatientCommand command, Clock clock) {
        apply(new PatientErasedEvent(patientId, clock.instant()));
    }

    /**
     * Records imported facts as they are, with their own ids and times (no recording window: it is history
     * moved from elsewhere). They were checked against this history beforehand; entries whose id is known
     * are checked here again, so a retry of the same import records nothing twice and a changed one fails.
     */
    @CommandHandler
    public int handle(ImportHistoryCommand command) {
        int recorded = 0;
        for (Object fact : command.facts()) {
            Recorded earlier = switch (fact) {
                case SessionCompletedEvent session -> compare(sessions.get(session.sessionId()),
                        session.content().fingerprint(), "session", session.sessionId());
                case PainLoggedEvent pain -> compare(painEntries.get(pain.entryId()),
                        pain.content().fingerprint(), "pain entry", pain.entryId());
                case RestDayTakenEvent rest -> compareRestDay(rest.date(), rest.reason(), rest.notes());
                case SessionWithdrawnEvent withdrawn ->
                        withdrawnSessions.contains(withdrawn.sessionId()) ? Recorded.ALREADY_RECORDED : null;
                case PainEntryWithdrawnEvent withdrawn ->
                        withdrawnPainEntries.contains(withdrawn.entryId()) ? Recorded.ALREADY_RECORDED : null;
                default -> null;
            };
            if (earlier == null) {
                apply(fact);
                recorded++;
            }
        }
        return recorded;
    }

    // ---- Clinical safety (v1.1): health profile, rest days, withdrawal of mistaken entries ----

    /** Answering with the same risk factors again records nothing. */
    @CommandHandler
    public HealthProfile handle(UpdateHealthProfileCommand command, Clock clock) {
        if (healthProfileUpdatedAt == null || !command.riskFactors().equals(riskFactors)) {
            apply(new HealthProfileUpdatedEvent(patientId, command.riskFactors(), clock.instant()));
        }
        return new HealthProfile(riskFactors, healthProfileUpdatedAt);
    }

    /** A rest day per date: an identical repeat is recognised, other content on a taken date is a conflict. */
    @CommandHandler
    public RestDayOutcome handle(TakeRestDayCommand command, Clock clock) {
        Recorded earlier = compareRestDay(command.date(), command.reason(), command.notes());
        if (earlier != null) {
            return new RestDayOutcome(earlier);
        }
        RestDayRules.checkDate(command.date(), LocalDate.now(clock.withZone(timeZone)));
        apply(new RestDayTakenEvent(patientId, command.date(), command.reason(), command.notes(), clock.instant()));
        return new RestDayOutcome(Recorded.NEW);
    }

    /** Cancelling a date without a rest day changes nothing (the DELETE answers 204 all the same). */
    @CommandHandler
    public void handle(CancelRestDayCommand command, Clock clock) {
        if (restDays.containsKey(command.date())) {
            apply(new RestDayCancelledEvent(patientId, command.date(), clock.instant()));
        }
    }

    /** Withdrawing twice changes nothing; an id never recorded is unknown. */
    @CommandHandler
    public void handle(WithdrawSessionCommand command, Clock clock) {
        if (withdrawnSessions.contains(command.sessionId())) {
            return;
        }
        if (!sessions.containsKey(command.sessionId())) {
            throw new UnknownEntryException("session", command.sessionId());
        }
        apply(new SessionWithdrawnEvent(patientId, command.sessionId(), clock.instant()));
    }

    @CommandHandler
    public void handle(WithdrawPainEntryCommand command, Clock clock) {
        if (withdrawnPainEntries.contains(command.entryId())) {
            return;
        }
        if (!painEntries.containsKey(command.entryId())) {
            throw new UnknownEntryException("pain entry", command.entryId());
        }
        apply(new PainEntryWithdrawnEvent(patientId, command.entryId(), clock.instant()));
    }

    /** null when the date has no rest day; otherwise what the earlier one means for this one. */
    private Recorded compareRestDay(LocalDate date, RestDayReason reason, String notes) {
        Long earlier = restDays.get(date);
        if (earlier == null) {
            return null;
        }
        if (earlier != restDayFingerprint(reason, notes)) {
            throw new EntryConflictException("rest day", date.toString());
        }
        return Recorded.ALREADY_RECORDED;
    }

    private static long restDayFingerprint(RestDayReason reason, String notes) {
        return Fingerprint.of(reason.name() + "|" + (notes == null ? "" : notes));
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

    /** Everything else was erased with the patient's key; only the fact that they were is left. */
    @EventSourcingHandler
    void on(PatientErasedEvent event) {
        patientId = event.patientId();
        erased = true;
        timeZone = null;
        plan = null;
        planSince = null;
        sessions = new HashMap<>();
        painEntries = new HashMap<>();
        activeTokens = new HashSet<>();
        revokedTokens = new HashSet<>();
        shares = new HashMap<>();
        clinicians = new HashSet<>();
        messages = new HashMap<>();
    }

    @EventSourcingHandler
    void on(RoutinePlannedEvent event) {
        plan = event.plan();
        planSince = event.plannedAt();
        planSetBy = event.setBy();
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

    // ---------- reminders and the calendar feed ----------

    /** Setting the schedule already in force changes nothing. */
    @CommandHandler
    public void handle(SetRemindersCommand command, Clock clock) {
        ReminderSchedule next = command.schedule();
        if (!next.equals(reminders)) {
            apply(new RemindersSetEvent(patientId, next.times(), next.days(), clock.instant()));
        }
    }

    /** One feed at a time: a new one revokes the one before, whose address then opens nothing. */
    @CommandHandler
    public void handle(GrantCalendarFeedCommand command, Clock clock) {
        Instant now = clock.instant();
        if (calendarFeed != null) {
            apply(new CalendarFeedRevokedEvent(patientId, calendarFeed, now));
        }
        apply(new CalendarFeedGrantedEvent(patientId, command.feedId(), command.tokenHash(), now));
    }

    /** Revoking when there is no feed changes nothing. */
    @CommandHandler
    public void handle(RevokeCalendarFeedCommand command, Clock clock) {
        if (calendarFeed != null) {
            apply(new CalendarFeedRevokedEvent(patientId, calendarFeed, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(RemindersSetEvent event) {
        reminders = event.schedule();
    }

    @EventSourcingHandler
    void on(CalendarFeedGrantedEvent event) {
        calendarFeed = event.feedId();
    }

    @EventSourcingHandler
    void on(CalendarFeedRevokedEvent event) {
        if (event.feedId().equals(calendarFeed)) {
            calendarFeed = null;
        }
    }

    // ---- Clinical safety (v1.1) ----

    @EventSourcingHandler
    void on(HealthProfileUpdatedEvent event) {
        healthProfileUpdatedAt = event.updatedAt();
        riskFactors = event.riskFactors() == null || event.riskFactors().isEmpty()
                ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(event.riskFactors());
    }

    @EventSourcingHandler
    void on(RestDayTakenEvent event) {
        restDays.put(event.date(), restDayFingerprint(event.reason(), event.notes()));
    }

    @EventSourcingHandler
    void on(RestDayCancelledEvent event) {
        restDays.remove(event.date());
    }

    @EventSourcingHandler
    void on(SessionWithdrawnEvent event) {
        withdrawnSessions.add(event.sessionId());
    }

    @EventSourcingHandler
    void on(PainEntryWithdrawnEvent event) {
        withdrawnPainEntries.add(event.entryId());
    }
}
