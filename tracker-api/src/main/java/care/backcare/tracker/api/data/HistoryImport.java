package care.backcare.tracker.api.data;

import care.backcare.tracker.api.web.FieldError;
import care.backcare.tracker.history.ImportHistoryCommand;
import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.rest.RestDayCancelledEvent;
import care.backcare.tracker.rest.RestDayTakenEvent;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionRules;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.InvalidValueException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes back a JSON export, all or nothing: every fact is read and checked first (its type, its content by the
 * same rules as a new entry, withdrawals against the sessions and entries they withdraw, and its identity
 * against the history already recorded), then the new ones are recorded in one command, against the version
 * of the history they were checked with.
 */
@Component
class HistoryImport {

    private static final String PACKAGE = "care.backcare.tracker.";

    private final PatientHistory history;
    private final ObjectMapper json;
    private final CommandGateway commands;

    HistoryImport(PatientHistory history, @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
                  CommandGateway commands) {
        this.history = history;
        this.json = json;
        this.commands = commands;
    }

    private record Candidate(int index, String type, String identity, JsonNode canonical, Object event) {
    }

    ImportOutcome importFrom(UUID patientId, byte[] file) {
        JsonNode document = parse(file);
        JsonNode facts = document.get("facts");

        PatientHistory.Stream recorded = history.read(patientId);
        Map<String, Set<JsonNode>> known = new HashMap<>();
        Set<UUID> sessions = new HashSet<>();
        Set<UUID> painEntries = new HashSet<>();
        for (DomainEventMessage<?> event : recorded.events()) {
            JsonNode payload = json.valueToTree(event.getPayload());
            known.computeIfAbsent(Facts.identity(event.getPayloadType().getName(), payload), k -> new HashSet<>())
                    .add(Facts.canonical(payload));
            remember(event.getPayload(), sessions, painEntries);
        }

        List<FieldError> invalid = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < facts.size(); i++) {
            String where = "facts[" + i + "]";
            JsonNode fact = facts.get(i);
            Class<?> type = type(fact, where, invalid);
            if (type == null) {
                continue;
            }
            if (!Facts.IMPORTABLE.contains(type)) {
                skipped++;
                continue;
            }
            String revision = JsonExport.revision(type);
            if (revision != null && fact.hasNonNull("revision") && !revision.equals(fact.get("revision").asText())) {
                invalid.add(new FieldError(where + ".revision", "revision " + fact.get("revision").asText() + " of "
                        + type.getSimpleName() + " is not known to this server (it knows " + revision + ")"));
                continue;
            }
            JsonNode payload = fact.get("payload");
            if (!(payload instanceof ObjectNode object)) {
                invalid.add(new FieldError(where + ".payload", "must be an object"));
                continue;
            }
            ObjectNode addressed = object.deepCopy();
            addressed.put("patientId", patientId.toString());
            Object event;
            try {
                event = json.treeToValue(addressed, type);
                check(event);
            } catch (InvalidValueException e) {
                invalid.add(new FieldError(where + ".payload." + e.field(), e.getMessage()));
                continue;
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                invalid.add(new FieldError(where + ".payload", "is not a valid " + type.getSimpleName()));
                continue;
            }
            remember(event, sessions, painEntries);
            JsonNode typed = json.valueToTree(event);
            candidates.add(new Candidate(i, type.getName(), Facts.identity(type.getName(), typed),
                    Facts.canonical(typed), event));
        }
        // withdrawals name a session or pain entry of the history or of the file
        for (Candidate candidate : candidates) {
            String where = "facts[" + candidate.index() + "].payload";
            if (candidate.event() instanceof SessionWithdrawnEvent withdrawn && !sessions.contains(withdrawn.sessionId())) {
                invalid.add(new FieldError(where + ".sessionId", "withdraws a session that is neither recorded nor in the file"));
            }
            if (candidate.event() instanceof PainEntryWithdrawnEvent withdrawn && !painEntries.contains(withdrawn.entryId())) {
                invalid.add(new FieldError(where + ".entryId", "withdraws a pain entry that is neither recorded nor in the file"));
            }
        }
        if (!invalid.isEmpty()) {
            throw new ImportRefusedException(ImportRefusedException.Reason.INVALID,
                    invalid.size() + " item(s) of the file are not valid; nothing was recorded.", invalid);
        }

        List<FieldError> conflicts = new ArrayList<>();
        List<Object> added = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int alreadyPresent = 0;
        for (Candidate candidate : candidates) {
            Set<JsonNode> earlier = known.get(candidate.identity());
            if (earlier != null && earlier.contains(candidate.canonical())) {
                alreadyPresent++;
            } else if (earlier != null) {
                conflicts.add(new FieldError("facts[" + candidate.index() + "]", "the history already has this "
                        + simpleName(candidate.type()) + " (" + candidate.identity().substring(candidate.type().length())
                        + ") with other content"));
            } else if (seen.add(candidate.identity() + candidate.canonical())) {
                added.add(candidate.event());
            } else {
                alreadyPresent++;
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ImportRefusedException(ImportRefusedException.Reason.CONFLICT,
                    conflicts.size() + " item(s) conflict with what is recorded; nothing was recorded.", conflicts);
        }
        if (!added.isEmpty()) {
            commands.sendAndWait(new ImportHistoryCommand(patientId, recorded.lastSequenceNumber(), added));
        }
        return new ImportOutcome(added.size(), alreadyPresent, skipped);
    }

    private JsonNode parse(byte[] file) {
        JsonNode document;
        try {
            document = json.readTree(file);
        } catch (IOException e) {
            throw malformed("The file is not JSON" + location(e) + ".");
        }
        if (document == null || !document.isObject()) {
            throw malformed("The file is not a Backcare Tracker export: it is not a JSON object.");
        }
        if (!Facts.FORMAT.equals(document.path("format").asText(null))) {
            throw malformed("The file is not a Backcare Tracker export: \"format\" must be \"" + Facts.FORMAT + "\".");
        }
        if (document.path("formatVersion").asInt(-1) != Facts.FORMAT_VERSION) {
            throw malformed("This server reads version " + Facts.FORMAT_VERSION + " of the export format, not "
                    + document.path("formatVersion") + ".");
        }
        if (!document.path("facts").isArray()) {
            throw malformed("The export has no \"facts\" list.");
        }
        return document;
    }

    private static String location(IOException e) {
        if (e instanceof JsonProcessingException processing && processing.getLocation() != null
                && processing.getLocation().getLineNr() > 0) {
            return " (line " + processing.getLocation().getLineNr() + ", column "
                    + processing.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static ImportRefusedException malformed(String message) {
        return new ImportRefusedException(ImportRefusedException.Reason.MALFORMED, message, List.of());
    }

    /** The fact's class, only among this application's own types; null (with the reason noted) otherwise. */
    private static Class<?> type(JsonNode fact, String where, List<FieldError> invalid) {
        String name = fact.path("type").asText("");
        if (!name.startsWith(PACKAGE) || !name.matches("[A-Za-z0-9_.$]+")) {
            invalid.add(new FieldError(where + ".type", "unknown type \"" + abbreviate(name) + "\""));
            return null;
        }
        try {
            return Class.forName(name, false, HistoryImport.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            invalid.add(new FieldError(where + ".type", "unknown type \"" + abbreviate(name) + "\""));
            return null;
        }
    }

    /** The same rules a new entry meets (except the recording window: this is history moved from elsewhere). */
    private static void check(Object event) {
        switch (event) {
            case SessionCompletedEvent session -> {
                Checks.present("sessionId", session.sessionId());
                Checks.present("timeZone", session.timeZone());
                session.content();
            }
            case PainLoggedEvent pain -> {
                Checks.present("entryId", pain.entryId());
                Checks.present("timeZone", pain.timeZone());
                pain.content();
            }
            case RoutinePlannedEvent routine -> {
                Checks.present("plannedAt", routine.plannedAt());
                routine.plan();
            }
            case RestDayTakenEvent rest -> {
                Checks.present("date", rest.date());
                Checks.present("reason", rest.reason());
                Checks.present("recordedAt", rest.recordedAt());
                Checks.optionalText("notes", rest.notes(), SessionRules.NOTES_MAX_LENGTH);
            }
            case RestDayCancelledEvent cancelled -> {
                Checks.present("date", cancelled.date());
                Checks.present("cancelledAt", cancelled.cancelledAt());
            }
            case SessionWithdrawnEvent withdrawn -> {
                Checks.present("sessionId", withdrawn.sessionId());
                Checks.present("withdrawnAt", withdrawn.withdrawnAt());
            }
            case PainEntryWithdrawnEvent withdrawn -> {
                Checks.present("entryId", withdrawn.entryId());
                Checks.present("withdrawnAt", withdrawn.withdrawnAt());
            }
            default -> {
            }
        }
    }

    private static void remember(Object event, Set<UUID> sessions, Set<UUID> painEntries) {
        if (event instanceof SessionCompletedEvent session) {
            sessions.add(session.sessionId());
        } else if (event instanceof PainLoggedEvent pain) {
            painEntries.add(pain.entryId());
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
