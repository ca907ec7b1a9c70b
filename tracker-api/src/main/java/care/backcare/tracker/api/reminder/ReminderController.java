package care.backcare.tracker.api.reminder;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.PublicUrls;
import care.backcare.tracker.api.security.SecretTokens;
import care.backcare.tracker.reminder.FetchRemindersQuery;
import care.backcare.tracker.reminder.GrantCalendarFeedCommand;
import care.backcare.tracker.reminder.ReminderSchedule;
import care.backcare.tracker.reminder.RevokeCalendarFeedCommand;
import care.backcare.tracker.reminder.SetRemindersCommand;
import care.backcare.tracker.reminder.Weekday;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Reminders")
class ReminderController {

    record RemindersRequest(@NotNull List<String> times, @NotNull List<Weekday> days) {
    }

    /** The schedule in force: no times and no days until the patient sets some. */
    record Reminders(List<String> times, List<Weekday> days) {
        static Reminders of(ReminderSchedule schedule) {
            return new Reminders(schedule.times(), schedule.days());
        }
    }

    /** The only time the feed's address is ever shown. */
    record GrantedFeed(String url) {
    }

    static final SecretTokens FORMAT = new SecretTokens("bcc");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PublicUrls urls;

    ReminderController(CommandGateway commands, QueryGateway queries, PublicUrls urls) {
        this.commands = commands;
        this.queries = queries;
        this.urls = urls;
    }

    @PutMapping("/api/me/reminders")
    @Operation(summary = "Set the reminder times (1-4, local HH:mm) and days (MON to SUN)",
            description = "Replaces the earlier schedule. The calendar feed carries it from its next refresh.")
    Reminders set(@AuthenticationPrincipal PatientPrincipal patient, @RequestBody RemindersRequest request) {
        ReminderSchedule schedule = ReminderSchedule.of(request.times(), request.days());
        commands.sendAndWait(new SetRemindersCommand(patient.patientId(), schedule));
        return Reminders.of(schedule);
    }

    @GetMapping("/api/me/reminders")
    @Operation(summary = "The reminder times and days; both empty until the patient sets them")
    Reminders get(@AuthenticationPrincipal PatientPrincipal patient) {
        return Reminders.of(queries.query(new FetchRemindersQuery(patient.patientId()),
                ResponseTypes.instanceOf(ReminderSchedule.class)).join());
    }

    @PostMapping("/api/me/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A private calendar address carrying the reminders, for a phone's calendar to subscribe to",
            description = "Shown once; only its hash is kept. A new address replaces the one before, which then opens nothing.")
    GrantedFeed grant(@AuthenticationPrincipal PatientPrincipal patient) {
        SecretTokens.Minted minted = FORMAT.mint();
        commands.sendAndWait(new GrantCalendarFeedCommand(patient.patientId(), minted.id(), minted.secretHash()));
        return new GrantedFeed(urls.of("/calendar/{token}.ics", minted.token()));
    }

    @DeleteMapping("/api/me/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the calendar address: from then on it opens nothing")
    void revoke(@AuthenticationPrincipal PatientPrincipal patient) {
        commands.sendAndWait(new RevokeCalendarFeedCommand(patient.patientId()));
    }
}
