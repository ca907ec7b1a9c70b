package care.backcare.tracker.api.data;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A patient's whole event stream, from the first event (never from a snapshot), read through Axon's event
 * store, so it does not depend on how the events are stored.
 */
@Component
class PatientHistory {

    record Stream(List<DomainEventMessage<?>> events, Long lastSequenceNumber) {
    }

    private final EventStore eventStore;

    PatientHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Stream read(UUID patientId) {
        DomainEventStream stream = eventStore.readEvents(patientId.toString(), 0);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        stream.forEachRemaining(events::add);
        return new Stream(events, stream.getLastSequenceNumber());
    }
}
