package care.backcare.tracker.api.data;

import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.rest.RestDayCancelledEvent;
import care.backcare.tracker.rest.RestDayTakenEvent;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How facts of a history are written out and recognised again, generically: any event is its type, revision,
 * time and payload as JSON, so an event type added later is exported without a change here. Secrets (the hashes
 * of tokens and share links) never leave the server.
 */
final class Facts {

    static final String FORMAT = "backcare-tracker-export";
    static final int FORMAT_VERSION = 1;

    /** The diary: what an import records. Accounts, tokens, shares and their uses belong to one server. */
    static final Set<Class<?>> IMPORTABLE = Set.of(SessionCompletedEvent.class, SessionWithdrawnEvent.class,
            PainLoggedEvent.class, PainEntryWithdrawnEvent.class, RoutinePlannedEvent.class, RestDayTakenEvent.class,
            RestDayCancelledEvent.class);

    private Facts() {
    }

    /** The payload as exported: without any field that holds a secret's hash. */
    static JsonNode exported(JsonNode payload) {
        if (payload instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            List<String> secrets = new ArrayList<>();
            copy.fieldNames().forEachRemaining(name -> {
                if (name.endsWith("Hash") || name.equalsIgnoreCase("hash") || name.toLowerCase().contains("secret")) {
                    secrets.add(name);
                }
            });
            copy.remove(secrets);
            return copy;
        }
        return payload;
    }

    /**
     * What identifies a fact within a history: its type and ids (a field named {@code ...Id} other than the
     * patient's, or a {@code date}); a fact without any is identified by the instants it records ({@code ...At}).
     */
    static String identity(String type, JsonNode payload) {
        Map<String, String> ids = new TreeMap<>();
        payload.fields().forEachRemaining(field -> {
            if ((field.getKey().endsWith("Id") && !field.getKey().equals("patientId")) || field.getKey().equals("date")) {
                ids.put(field.getKey(), field.getValue().asText());
            }
        });
        if (ids.isEmpty()) {
            payload.fields().forEachRemaining(field -> {
                if (field.getKey().endsWith("At")) {
                    ids.put(field.getKey(), field.getValue().asText());
                }
            });
        }
        return type + ids;
    }

    /** The content compared between two facts of the same identity: all but the patient, sets in order. */
    static JsonNode canonical(JsonNode payload) {
        JsonNode copy = payload.deepCopy();
        if (copy instanceof ObjectNode object) {
            object.remove("patientId");
        }
        return sorted(copy);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            entries.forEach(entry -> object.set(entry.getKey(), sorted(entry.getValue())));
            return object;
        }
        if (node instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>();
            array.forEach(element -> elements.add(sorted(element)));
            if (elements.stream().allMatch(JsonNode::isTextual)) {
                elements.sort(Comparator.comparing(JsonNode::asText));
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            out.addAll(elements);
            return out;
        }
        return node;
    }
}
