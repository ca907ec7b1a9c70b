package care.backcare.tracker.pain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The patient's pain entries with red flags on local dates {@code from} to {@code to}, withdrawn ones included
 * (marked): the history clinicians and share links see. Answered with {@link RedFlagRecord}s, oldest first.
 */
public record FetchRedFlagHistoryQuery(UUID patientId, LocalDate from, LocalDate to) {
}
