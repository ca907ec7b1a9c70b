package care.backcare.tracker.api.data.protection;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

/**
 * AES-256-GCM with a random 96-bit nonce per payload. An encrypted payload is
 * {@code MAGIC (4) | patient id (16) | nonce (12) | ciphertext and tag}; the first 20 bytes are authenticated
 * too, so a payload cannot be moved to another patient. The magic starts with a zero byte, which no JSON text
 * (what the serializer writes) ever does: a stored payload without it is an old, unencrypted one.
 */
public final class PayloadCipher {

    static final byte[] MAGIC = {0x00, 'B', 'C', 'E'};
    private static final int HEADER = MAGIC.length + 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Looking a cipher up costs more than encrypting an event with it: one per thread, initialised per payload. */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java runtime", e);
        }
    });

    private PayloadCipher() {
    }

    public static boolean isEncrypted(byte[] data) {
        return data != null && data.length > HEADER + NONCE && Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The patient whose key encrypted {@code data} (only for data that {@link #isEncrypted}). */
    public static UUID owner(byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data, MAGIC.length, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    public static byte[] encrypt(UUID patientId, SecretKey key, byte[] plain) {
        byte[] out = new byte[HEADER + NONCE + plain.length + TAG_BITS / 8];
        ByteBuffer.wrap(out).put(MAGIC).putLong(patientId.getMostSignificantBits())
                .putLong(patientId.getLeastSignificantBits());
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, out, HEADER, NONCE);
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(out, 0, HEADER);
            cipher.doFinal(plain, 0, plain.length, out, HEADER + NONCE);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java runtime", e);
        }
    }

    public static byte[] decrypt(SecretKey key, byte[] data) {
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, HEADER, NONCE));
            cipher.updateAAD(data, 0, HEADER);
            return cipher.doFinal(data, HEADER + NONCE, data.length - HEADER - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored payload failed its integrity check: it was altered, or the "
                    + "master key is not the one it was written with", e);
        }
    }

    static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is required of every Java runtime", e);
        }
    }

    static SecretKey key(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, not " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** A data key wrapped by the master key: {@code nonce | ciphertext and tag}, bound to the patient's id. */
    static byte[] wrap(SecretKey master, UUID patientId, SecretKey dataKey) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(idBytes(patientId));
            byte[] sealed = cipher.doFinal(dataKey.getEncoded());
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java runtime", e);
        }
    }

    static SecretKey unwrap(SecretKey master, UUID patientId, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE));
            cipher.updateAAD(idBytes(patientId));
            return key(cipher.doFinal(wrapped, NONCE, wrapped.length - NONCE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A patient's data key cannot be unwrapped: the master key is not the one "
                    + "the key table was written with", e);
        }
    }

    private static byte[] idBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
