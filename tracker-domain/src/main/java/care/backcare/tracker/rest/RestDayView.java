package care.backcare.tracker.rest;

import java.time.Instant;
import java.time.LocalDate;

public record RestDayView(LocalDate date, RestDayReason reason, String notes, Instant recordedAt) {
}
