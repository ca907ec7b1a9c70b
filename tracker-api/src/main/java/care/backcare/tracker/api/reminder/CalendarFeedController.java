package care.backcare.tracker.api.reminder;

import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.api.security.Throttle;
import care.backcare.tracker.api.security.TooManyAttemptsException;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.reminder.FetchRemindersQuery;
import care.backcare.tracker.reminder.ReminderSchedule;
import care.backcare.tracker.routine.FetchRoutineQuery;
import care.backcare.tracker.routine.RoutineView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The calendar feed a phone's calendar subscribes to: no login, the secret in the address. An unknown,
 * wrong or revoked address is the same 404, and counts as a guess like a wrong share link.
 */
@RestController
@Tag(name = "Reminders")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final ReminderProjection reminders;
    private final QueryGateway queries;
    private final PatientZones zones;
    private final Throttle throttle;
    private final Clock clock;

    CalendarFeedController(ReminderProjection reminders, QueryGateway queries, PatientZones zones, Throttle throttle,
                           Clock clock) {
        this.reminders = reminders;
        this.queries = queries;
        this.zones = zones;
        this.throttle = throttle;
        this.clock = clock;
    }

    @GetMapping("/calendar/{token}.ics")
    @Operation(summary = "The reminders as an iCalendar feed (RFC 5545): a weekly event per reminder time, with an alarm")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.shareLookupBlocked(address);
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("Too many invalid links from this address. Please wait.", wait.get());
        }
        Optional<ReminderProjection.Feed> feed = ReminderController.FORMAT.parse(token)
                .flatMap(presented -> reminders.feed(presented.id())
                        .filter(found -> !found.revoked() && SecretTokens.matches(presented.secret(), found.tokenHash())));
        if (feed.isEmpty()) {
            throttle.shareLookupMissed(address);
            throw new NotFoundException("No calendar here: the address is wrong or was revoked.");
        }
        ReminderProjection.Feed found = feed.get();
        ReminderSchedule schedule = queries.query(new FetchRemindersQuery(found.patientId()),
                ResponseTypes.instanceOf(ReminderSchedule.class)).join();
        RoutineView routine = queries.query(new FetchRoutineQuery(found.patientId()),
                ResponseTypes.instanceOf(RoutineView.class)).join();
        Instant setAt = reminders.scheduleSetAt(found.patientId()).orElse(clock.instant());
        LocalDate firstDay = LocalDate.ofInstant(setAt, zones.of(found.patientId()));
        String body = CalendarFeed.render(found.feedId(), schedule, firstDay, setAt, routine.plan().minutesPerDay());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"backcare-reminders.ics\"")
                .body(body);
    }
}
