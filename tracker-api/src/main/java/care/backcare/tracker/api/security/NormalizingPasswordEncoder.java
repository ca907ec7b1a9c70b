package care.backcare.tracker.api.security;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.text.Normalizer;

/**
 * Passwords are NFKC-normalised before they are hashed and before they are checked (NIST 800-63B
 * 5.1.1.2), so the same password typed on another keyboard or phone (a composed or decomposed "é", a
 * full-width digit) is the same password. ASCII is unchanged by NFKC, so every hash stored before
 * still verifies; for a non-ASCII one hashed unnormalised, the password as typed is tried too.
 */
public final class NormalizingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public static String normalize(CharSequence password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(normalize(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        String normalized = normalize(rawPassword);
        return delegate.matches(normalized, encodedPassword)
                || (!normalized.contentEquals(rawPassword) && delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
