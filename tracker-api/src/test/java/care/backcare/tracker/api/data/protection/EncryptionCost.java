package care.backcare.tracker.api.data.protection;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;


/**
 * A plain micro-benchmark (not a test): the cost per event of writing and reading a session event with and without
 * the patient's encryption, key lookups cached as in the server. Run with the test classpath:
 * {@code java -cp <test classpath> care.backcare.tracker.api.data.protection.EncryptionCost}.
 * Measurements belong in docs/benchmarks.md, not here.
 */
public final class EncryptionCost {

    private static volatile Object sink;

    public static void main(String[] args) {
        Serializer plain = JacksonSerializer.builder().objectMapper(JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()).build();
        SecretKey key = PayloadCipher.newKey();
        Optional<SecretKey> cached = Optional.of(key);
        DataKeys keys = new DataKeys() {
            @Override
            public Optional<SecretKey> forWriting(UUID patientId) {
                return cached;
            }

            @Override
            public Optional<SecretKey> forReading(UUID patientId) {
                return cached;
            }
        };
        Serializer encrypting = new EncryptingSerializer(plain, () -> keys);
        Object event = EncryptingSerializerTest.session();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        for (int pass = 0; pass < 5; pass++) {
            double plainNanos = perEvent(plain, event, rounds);
            double encryptedNanos = perEvent(encrypting, event, rounds);
            System.out.printf("pass %d: serialize+deserialize %.0f ns/event plain, %.0f ns/event encrypted (+%.0f%%)%n",
                    pass + 1, plainNanos, encryptedNanos, 100 * (encryptedNanos - plainNanos) / plainNanos);
        }
    }

    private static double perEvent(Serializer serializer, Object event, int rounds) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            sink = serializer.deserialize(stored);
        }
        return (System.nanoTime() - start) / (double) rounds;
    }
}
