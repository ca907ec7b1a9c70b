package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.rest.RestDayCancelledEvent;
import care.backcare.tracker.rest.RestDayTakenEvent;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The patient's diary as the CSV and FHIR exports show it: each entry once, with its withdrawal or cancellation. */
record Diary(PatientRegisteredEvent account,
             List<SessionCompletedEvent> sessions,
             Map<UUID, Instant> withdrawnSessions,
             List<PainLoggedEvent> painEntries,
             Map<UUID, Instant> withdrawnPainEntries,
             List<RestDay> restDays,
             List<RoutinePlannedEvent> plans) {

    record RestDay(RestDayTakenEvent taken, Instant cancelledAt) {
    }

    static Diary of(List<DomainEventMessage<?>> events) {
        PatientRegisteredEvent account = null;
        List<SessionCompletedEvent> sessions = new ArrayList<>();
        Map<UUID, Instant> withdrawnSessions = new HashMap<>();
        List<PainLoggedEvent> pain = new ArrayList<>();
        Map<UUID, Instant> withdrawnPain = new HashMap<>();
        List<RestDay> restDays = new ArrayList<>();
        List<RoutinePlannedEvent> plans = new ArrayList<>();
        for (DomainEventMessage<?> message : events) {
            switch (message.getPayload()) {
                case PatientRegisteredEvent registered -> account = registered;
                case SessionCompletedEvent session -> sessions.add(session);
                case SessionWithdrawnEvent withdrawn -> withdrawnSessions.putIfAbsent(withdrawn.sessionId(), withdrawn.withdrawnAt());
                case PainLoggedEvent entry -> pain.add(entry);
                case PainEntryWithdrawnEvent withdrawn -> withdrawnPain.putIfAbsent(withdrawn.entryId(), withdrawn.withdrawnAt());
                case RestDayTakenEvent taken -> restDays.add(new RestDay(taken, null));
                case RestDayCancelledEvent cancelled -> {
                    for (int i = restDays.size() - 1; i >= 0; i--) {
                        RestDay day = restDays.get(i);
                        if (day.taken().date().equals(cancelled.date()) && day.cancelledAt() == null) {
                            restDays.set(i, new RestDay(day.taken(), cancelled.cancelledAt()));
                            break;
                        }
                    }
                }
                case RoutinePlannedEvent plan -> plans.add(plan);
                default -> {
                }
            }
        }
        return new Diary(account, sessions, withdrawnSessions, pain, withdrawnPain, restDays, plans);
    }
}
