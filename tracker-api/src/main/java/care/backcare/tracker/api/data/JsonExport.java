package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientErasedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Every fact of the patient's history, in the order it was recorded, with its ids and times: the file
 * {@code POST /api/me/import} takes back, here or on another server.
 */
@Component
class JsonExport {

    private final PatientHistory history;
    private final ObjectMapper json;
    private final Clock clock;

    JsonExport(PatientHistory history, @Qualifier("defaultAxonObjectMapper") ObjectMapper json, Clock clock) {
        this.history = history;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.clock = clock;
    }

    byte[] export(UUID patientId) {
        ObjectNode document = json.createObjectNode();
        document.put("format", Facts.FORMAT);
        document.put("formatVersion", Facts.FORMAT_VERSION);
        document.put("exportedAt", clock.instant().toString());
        document.put("patientId", patientId.toString());
        ArrayNode facts = document.putArray("facts");
        for (DomainEventMessage<?> event : history.read(patientId).events()) {
            if (event.getPayload() instanceof PatientErasedEvent) {
                continue;
            }
            ObjectNode fact = facts.addObject();
            fact.put("sequence", event.getSequenceNumber());
            fact.put("id", event.getIdentifier());
            fact.put("type", event.getPayloadType().getName());
            String revision = revision(event.getPayloadType());
            if (revision != null) {
                fact.put("revision", revision);
            }
            fact.put("timestamp", event.getTimestamp().toString());
            fact.set("payload", Facts.exported(json.valueToTree(event.getPayload())));
        }
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the history could not be written as JSON", e);
        }
    }

    static String revision(Class<?> type) {
        org.axonframework.serialization.Revision revision = type.getAnnotation(org.axonframework.serialization.Revision.class);
        return revision == null ? null : revision.value();
    }
}
