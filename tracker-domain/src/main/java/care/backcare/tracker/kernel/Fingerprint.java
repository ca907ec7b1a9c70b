package care.backcare.tracker.kernel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 64-bit digest of an entry's canonical content. The aggregate keeps one per client-chosen id
 * instead of the content itself, so its state (and snapshot) stays small however long the
 * history: a retry with the same digest is the same write, a different digest is a conflict.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static long of(String canonicalContent) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
