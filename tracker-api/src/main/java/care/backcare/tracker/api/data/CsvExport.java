package care.backcare.tracker.api.data;

import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.SessionCompletedEvent;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The diary as four CSV files in a zip, for a spreadsheet: RFC 4180 quoting, UTF-8, a header row, ISO instants,
 * one row per item. A text a person typed that starts with = + - @ (or a tab or carriage return) is prefixed
 * with ' so a spreadsheet shows it instead of running it as a formula (CSV injection).
 */
@Component
class CsvExport {

    private final PatientHistory history;

    CsvExport(PatientHistory history) {
        this.history = history;
    }

    byte[] export(UUID patientId) {
        Diary diary = Diary.of(history.read(patientId).events());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            write(zip, "sessions.csv", sessions(diary));
            write(zip, "exercises.csv", exercises(diary));
            write(zip, "pain.csv", pain(diary));
            write(zip, "rest-days.csv", restDays(diary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sessions(Diary diary) {
        StringBuilder csv = new StringBuilder();
        row(csv, "session_id", "completed_at", "local_date", "time_zone", "duration_minutes", "pain_during", "notes",
                "withdrawn_at");
        for (SessionCompletedEvent session : diary.sessions()) {
            row(csv, session.sessionId(), session.completedAt(), session.completedAt().atZone(session.timeZone()).toLocalDate(),
                    session.timeZone(), session.durationMinutes(), session.painDuring(), text(session.notes()),
                    diary.withdrawnSessions().get(session.sessionId()));
        }
        return csv.toString();
    }

    private static String exercises(Diary diary) {
        StringBuilder csv = new StringBuilder();
        row(csv, "session_id", "position", "stretch", "hold_seconds", "reps", "side");
        for (SessionCompletedEvent session : diary.sessions()) {
            List<ExerciseEntry> exercises = session.exercises();
            for (int i = 0; i < exercises.size(); i++) {
                ExerciseEntry exercise = exercises.get(i);
                row(csv, session.sessionId(), i + 1, exercise.stretch(), exercise.holdSeconds(), exercise.reps(),
                        exercise.side());
            }
        }
        return csv.toString();
    }

    private static String pain(Diary diary) {
        StringBuilder csv = new StringBuilder();
        row(csv, "entry_id", "recorded_at", "local_date", "time_zone", "score", "regions", "red_flags", "urgency",
                "notes", "withdrawn_at");
        for (PainLoggedEvent entry : diary.painEntries()) {
            row(csv, entry.entryId(), entry.recordedAt(), entry.recordedAt().atZone(entry.timeZone()).toLocalDate(),
                    entry.timeZone(), entry.score(), names(entry.regions()), names(entry.redFlags()), entry.urgency(),
                    text(entry.notes()), diary.withdrawnPainEntries().get(entry.entryId()));
        }
        return csv.toString();
    }

    private static String restDays(Diary diary) {
        StringBuilder csv = new StringBuilder();
        row(csv, "date", "reason", "notes", "recorded_at", "cancelled_at");
        for (Diary.RestDay day : diary.restDays()) {
            row(csv, day.taken().date(), day.taken().reason(), text(day.taken().notes()), day.taken().recordedAt(),
                    day.cancelledAt());
        }
        return csv.toString();
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
    }

    /** Text a person typed: defused for spreadsheets. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static void row(StringBuilder csv, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values[i]));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break, with quotes doubled. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Instant instant ? instant.toString() : value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static void write(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

}
