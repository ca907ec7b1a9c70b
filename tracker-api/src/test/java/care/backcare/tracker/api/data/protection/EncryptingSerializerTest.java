package care.backcare.tracker.api.data.protection;

import care.backcare.tracker.account.PatientErasedEvent;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.Side;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EncryptingSerializerTest {

    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final String NOTE = "stiff after the long drive";

    private final SecretKey key = PayloadCipher.newKey();
    private final PatientKeys keys = mock(PatientKeys.class);
    private final JacksonSerializer plain = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()).build();
    private final EncryptingSerializer serializer = new EncryptingSerializer(plain, () -> keys);

    static SessionCompletedEvent session() {
        return new SessionCompletedEvent(PATIENT, UUID.randomUUID(), Instant.parse("2026-11-18T07:00:00Z"),
                ZoneId.of("Europe/Lisbon"), 12, List.of(new ExerciseEntry("cat-cow", 30, 2, Side.BOTH)),
                PainDuring.NONE, NOTE);
    }

    @Test
    void a_patients_event_is_stored_encrypted_under_their_key_and_reads_back_as_it_was() {
        when(keys.forWriting(PATIENT)).thenReturn(Optional.of(key));
        when(keys.forReading(PATIENT)).thenReturn(Optional.of(key));
        SessionCompletedEvent event = session();

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(PayloadCipher.isEncrypted(stored.getData())).isTrue();
        assertThat(PayloadCipher.owner(stored.getData())).isEqualTo(PATIENT);
        assertThat(new String(stored.getData(), StandardCharsets.ISO_8859_1)).doesNotContain(NOTE);
        assertThat(stored.getType().getName()).isEqualTo(SessionCompletedEvent.class.getName());
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void two_encryptions_of_the_same_event_differ_by_their_nonce() {
        when(keys.forWriting(PATIENT)).thenReturn(Optional.of(key));
        SessionCompletedEvent event = session();
        assertThat(serializer.serialize(event, byte[].class).getData())
                .isNotEqualTo(serializer.serialize(event, byte[].class).getData());
    }

    @Test
    void what_belongs_to_no_patient_and_the_erasure_record_stay_plain() {
        assertThat(new String(serializer.serialize(MetaData.with("traceId", "t"), byte[].class).getData(),
                StandardCharsets.UTF_8)).startsWith("{");
        assertThat(new String(serializer.serialize(new PatientErasedEvent(PATIENT, Instant.EPOCH), byte[].class).getData(),
                StandardCharsets.UTF_8)).contains(PATIENT.toString());
    }

    @Test
    void an_event_stored_before_encryption_is_read_as_it_is() {
        SessionCompletedEvent event = session();
        SerializedObject<byte[]> old = plain.serialize(event, byte[].class);
        assertThat((Object) serializer.deserialize(old)).isEqualTo(event);
    }

    @Test
    void an_erased_patients_payload_cannot_be_read_and_says_so() {
        when(keys.forWriting(PATIENT)).thenReturn(Optional.of(key));
        when(keys.forReading(PATIENT)).thenReturn(Optional.empty());
        SerializedObject<byte[]> stored = serializer.serialize(session(), byte[].class);
        assertThatThrownBy(() -> serializer.deserialize(stored)).isInstanceOf(ErasedPatientDataException.class)
                .hasMessageNotContaining(NOTE);
    }

    @Test
    void a_payload_moved_to_another_patients_header_fails_its_integrity_check() {
        when(keys.forWriting(PATIENT)).thenReturn(Optional.of(key));
        byte[] stored = serializer.serialize(session(), byte[].class).getData();
        stored[10] ^= 1; // a byte of the patient id in the header
        assertThatThrownBy(() -> PayloadCipher.decrypt(key, stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_upcaster_decrypts_for_later_upcasters_and_drops_an_erased_patients_events() {
        UUID erased = UUID.randomUUID();
        SecretKey erasedKey = PayloadCipher.newKey();
        when(keys.forWriting(PATIENT)).thenReturn(Optional.of(key));
        when(keys.forReading(PATIENT)).thenReturn(Optional.of(key));
        when(keys.forReading(erased)).thenReturn(Optional.empty());
        byte[] kept = serializer.serialize(session(), byte[].class).getData();
        byte[] gone = PayloadCipher.encrypt(erased, erasedKey, plain.serialize(session(), byte[].class).getData());
        byte[] old = plain.serialize(session(), byte[].class).getData();

        @SuppressWarnings("unchecked")
        ObjectProvider<PatientKeys> provider = mock(ObjectProvider.class);
        when(provider.getObject()).thenReturn(keys);
        List<IntermediateEventRepresentation> out = new ErasedEventUpcaster(provider)
                .upcast(java.util.stream.Stream.of(entry(kept, 0), entry(gone, 1), entry(old, 2))).toList();

        assertThat(out).hasSize(2);
        assertThat(out).allSatisfy(event -> assertThat(new String(event.getData(byte[].class).getData(),
                StandardCharsets.UTF_8)).startsWith("{").contains(NOTE));
    }

    private IntermediateEventRepresentation entry(byte[] payload, long sequence) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Patient", PATIENT.toString(), sequence,
                UUID.randomUUID().toString(), Instant.EPOCH, SessionCompletedEvent.class.getName(), "1", payload,
                plain.serialize(MetaData.emptyInstance(), byte[].class).getData()), plain);
    }

}
