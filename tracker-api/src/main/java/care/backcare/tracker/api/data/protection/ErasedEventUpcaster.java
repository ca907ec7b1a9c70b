package care.backcare.tracker.api.data.protection;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * First in the upcaster chain, for events and snapshots alike: decrypts a patient's payload, so later upcasters
 * see JSON as ever, and drops every event and snapshot of an erased patient. Replays, tracking processors and
 * the aggregate then simply never see them: no error, nothing retried. Only the erasure record itself (never
 * encrypted) remains of such a patient.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErasedEventUpcaster implements EventUpcaster {

    private final ObjectProvider<PatientKeys> keys;

    ErasedEventUpcaster(ObjectProvider<PatientKeys> keys) {
        this.keys = keys;
    }

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> events) {
        return events.flatMap(event -> {
            byte[] data = event.getData(byte[].class).getData();
            if (!PayloadCipher.isEncrypted(data)) {
                return Stream.of(event);
            }
            Optional<SecretKey> key = keys.getObject().forReading(PayloadCipher.owner(data));
            return key.map(k -> Stream.of(event.upcastPayload(event.getType(), byte[].class,
                            (Function<byte[], byte[]>) encrypted -> PayloadCipher.decrypt(k, encrypted))))
                    .orElseGet(Stream::empty);
        });
    }
}
