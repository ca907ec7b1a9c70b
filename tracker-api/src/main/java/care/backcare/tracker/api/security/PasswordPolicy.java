package care.backcare.tracker.api.security;

import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NIST 800-63B's blocklist: a new password (at registration or a change) is refused when it is one of
 * the common or breached passwords of nbvcxz's built-in list (about 100,000, compared without case,
 * spaces and the usual letter-for-digit swaps) or contains the username. Length rules stay where they
 * were (12+ characters, at most 72 bytes once normalised, bcrypt's limit); no composition rules.
 */
@Component
public class PasswordPolicy {

    public static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        Map<String, Integer> ranked = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
        Set<String> words = new HashSet<>(ranked.size() * 2);
        ranked.keySet().forEach(word -> words.add(simplify(word)));
        this.common = Set.copyOf(words);
    }

    /** Why the password may not be used, if it may not. */
    public Optional<String> refusal(String username, String password) {
        String normalized = NormalizingPasswordEncoder.normalize(password);
        if (normalized.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (common.contains(simplify(normalized)) || common.contains(lower)) {
            return Optional.of("is too common: it is on a list of passwords that attackers try first; "
                    + "choose another, for example three or four unrelated words");
        }
        return Optional.empty();
    }

    /** Lower case, no spaces, the usual digit and symbol swaps undone: "P@ssw0rd 1" and "password1" are one. */
    static String simplify(String password) {
        StringBuilder simple = new StringBuilder(password.length());
        password.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            switch (c) {
                case ' ', '\t' -> {
                }
                case '@', '4' -> simple.append('a');
                case '0' -> simple.append('o');
                case '3' -> simple.append('e');
                case '$', '5' -> simple.append('s');
                case '!' -> simple.append('i');
                case '7' -> simple.append('t');
                default -> simple.appendCodePoint(c);
            }
        });
        return simple.toString();
    }
}
