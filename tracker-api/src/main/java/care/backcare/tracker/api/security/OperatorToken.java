package care.backcare.tracker.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The operator's bearer token for {@code /actuator/readmodels} and {@code /actuator/prometheus}, from {@code TRACKER_OPERATOR_TOKEN}
 * (at least 32 characters). Unset, no request is an operator's. Compared as hashes, in constant time.
 */
@Component
public class OperatorToken {

    static final int MIN_LENGTH = 32;

    private final byte[] expectedHash;

    OperatorToken(@Value("${tracker.operator.token:}") String token) {
        this.expectedHash = token.length() >= MIN_LENGTH ? sha256(token) : null;
    }

    public boolean isConfigured() {
        return expectedHash != null;
    }

    boolean matches(String presented) {
        return expectedHash != null && presented != null && MessageDigest.isEqual(expectedHash, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
