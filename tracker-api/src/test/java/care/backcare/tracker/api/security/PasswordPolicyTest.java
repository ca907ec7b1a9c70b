package care.backcare.tracker.api.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #17, finding 7: NIST 800-63B's blocklist, from nbvcxz's dictionary, and NFKC. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void common_and_breached_passwords_are_refused_whatever_their_case_spaces_or_digit_swaps() {
        assertThat(policy.refusal("ana", "password1234")).hasValueSatisfying(why -> assertThat(why).contains("too common"));
        assertThat(policy.refusal("ana", "PASSWORD1234")).isPresent();
        assertThat(policy.refusal("ana", "correct horse battery staple")).isPresent();
        assertThat(policy.refusal("ana", "qwertyuiop12")).isPresent();
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThat(policy.refusal("ana.sousa", "I am ANA.SOUSA, hello")).contains("must not contain the username");
    }

    @Test
    void ordinary_long_passwords_pass() {
        assertThat(policy.refusal("ana", "correct horse battery")).as("the README's example").isEmpty();
        assertThat(policy.refusal("ana", "violet heron kettle lantern")).isEmpty();
        assertThat(policy.refusal("b0123456789abcdef", "benchmark password 2026")).as("the benchmark's").isEmpty();
    }

    @Test
    void the_byte_limit_applies_to_the_normalised_password() {
        // U+FDFA (3 bytes in UTF-8) becomes an Arabic phrase of 33 bytes under NFKC: 13 bytes typed, 103 normalised
        assertThat(policy.refusal("ana", "\uFDFA\uFDFA\uFDFA abc")).hasValue("must be at most 72 bytes in UTF-8");
    }

    @Test
    void a_password_is_normalised_before_hashing_and_checking_and_old_hashes_still_verify() {
        NormalizingPasswordEncoder encoder = new NormalizingPasswordEncoder();
        String hash = encoder.encode("cafe\u0301 cre\u0300me au lait");
        assertThat(encoder.matches("caf\u00e9 cr\u00e8me au lait", hash)).isTrue();
        String ascii = org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .encode("violet heron kettle lantern");
        assertThat(encoder.matches("violet heron kettle lantern", ascii)).as("a hash stored before").isTrue();
    }
}
