package care.backcare.tracker.api.data.protection;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Axon's serializer for events and snapshots, encrypting what belongs to a patient with that patient's own key
 * (crypto-shredding: erasing the key erases the data wherever it is stored, backups of the event table
 * included). The serialized type and revision stay readable, so upcasters still find events by type; the
 * payload is {@link PayloadCipher}'s format. Anything that belongs to no patient (tokens, metadata, the erasure
 * record) and payloads stored before encryption existed pass through unchanged.
 *
 * <p>Reading normally never reaches the decryption here: {@link ErasedEventUpcaster}, first in the upcaster
 * chain, decrypts (or drops an erased patient's events) before other upcasters see them. It stays here for
 * any path that deserializes without the chain.
 */
public final class EncryptingSerializer implements Serializer {

    private final Serializer delegate;
    private final Supplier<? extends DataKeys> keys;

    public EncryptingSerializer(Serializer delegate, Supplier<? extends DataKeys> keys) {
        this.delegate = delegate;
        this.keys = keys;
    }

    public Serializer delegate() {
        return delegate;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        UUID owner = PatientOwnership.of(object);
        if (owner == null) {
            return delegate.serialize(object, expectedRepresentation);
        }
        Optional<SecretKey> key = keys.get().forWriting(owner);
        if (key.isEmpty()) {
            // erased: only the emptied aggregate's snapshot can get here (the aggregate refuses every command)
            return delegate.serialize(object, expectedRepresentation);
        }
        if (expectedRepresentation != byte[].class) {
            throw new IllegalStateException("A patient's data is stored encrypted, as bytes; "
                    + expectedRepresentation.getName() + " was asked for");
        }
        SerializedObject<byte[]> plain = delegate.serialize(object, byte[].class);
        return (SerializedObject<T>) new SimpleSerializedObject<>(
                PayloadCipher.encrypt(owner, key.get(), plain.getData()), byte[].class, plain.getType());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (serializedObject.getData() instanceof byte[] data && PayloadCipher.isEncrypted(data)) {
            UUID owner = PayloadCipher.owner(data);
            SecretKey key = keys.get().forReading(owner).orElseThrow(() -> new ErasedPatientDataException(owner));
            return delegate.deserialize(new SimpleSerializedObject<>(PayloadCipher.decrypt(key, data), byte[].class,
                    serializedObject.getType()));
        }
        return delegate.deserialize(serializedObject);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
