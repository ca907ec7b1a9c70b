package care.backcare.tracker.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bearer secrets of the form {@code <prefix>_<id>_<secret>}: the id finds the stored record, the
 * 256-bit secret is checked against its SHA-256 hash in constant time. Only the hash is stored;
 * the token is shown once. The prefix lets secret scanners recognise a leaked token.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    private final String prefix;
    private final Pattern format;

    public SecretTokens(String prefix) {
        this.prefix = prefix;
        this.format = Pattern.compile(Pattern.quote(prefix) + "_([0-9a-f]{32})_([A-Za-z0-9_-]{43})");
    }

    public record Minted(UUID id, String token, String secretHash) {
    }

    public record Presented(UUID id, String secret) {
    }

    public Minted mint() {
        UUID id = UUID.randomUUID();
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encodedSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String token = prefix + '_' + id.toString().replace("-", "") + '_' + encodedSecret;
        return new Minted(id, token, hash(encodedSecret));
    }

    public Optional<Presented> parse(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        Matcher matcher = format.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String hex = matcher.group(1);
        UUID id = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        return Optional.of(new Presented(id, matcher.group(2)));
    }

    /** Constant-time comparison of a presented secret with the stored hash. */
    public static boolean matches(String secret, String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static String hash(String secret) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
