package care.backcare.tracker.api.rest;

import care.backcare.tracker.rest.RestDayReason;
import care.backcare.tracker.rest.RestDayView;

import java.time.Instant;
import java.time.LocalDate;

record RestDayResponse(LocalDate date, RestDayReason reason, String notes, Instant recordedAt) {

    static RestDayResponse of(RestDayView view) {
        return new RestDayResponse(view.date(), view.reason(), view.notes(), view.recordedAt());
    }
}
