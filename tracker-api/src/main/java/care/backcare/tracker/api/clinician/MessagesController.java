package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.clinician.ClinicianMessage;
import care.backcare.tracker.clinician.FetchMessagesQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the patient's clinicians wrote to them. */
@RestController
@Tag(name = "Clinicians")
class MessagesController {

    /** Who wrote or set something: the clinician and the name they had then. */
    record Author(UUID clinicianId, String displayName) {
    }

    record Message(UUID messageId, Author author, String text, Instant sentAt) {
    }

    private final QueryGateway queries;

    MessagesController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/me/messages")
    @Operation(summary = "Messages from your clinicians, newest first, with author and time")
    List<Message> messages(@AuthenticationPrincipal PatientPrincipal patient) {
        return queries.query(new FetchMessagesQuery(patient.patientId()),
                        ResponseTypes.multipleInstancesOf(ClinicianMessage.class)).join().stream()
                .map(message -> new Message(message.messageId(),
                        new Author(message.clinicianId(), message.authorName()), message.text(), message.sentAt()))
                .toList();
    }
}
