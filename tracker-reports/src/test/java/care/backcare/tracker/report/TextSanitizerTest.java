package care.backcare.tracker.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSanitizerTest {

    @Test
    void keeps_line_breaks_and_drops_c0_c1_and_bidi_controls() {
        assertThat(TextSanitizer.text("a\u0000b\u0007c\u007Fd\u0085e\u009Bf")).isEqualTo("abcdef");
        assertThat(TextSanitizer.text("\u202Eevil\u202C \u2066iso\u2069 \u202Aemb\u202B\u202D")).isEqualTo("evil iso emb");
        assertThat(TextSanitizer.text("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
        assertThat(TextSanitizer.text("tab\there")).isEqualTo("tab here");
    }

    @Test
    void collapses_runs_of_blank_lines_and_trims() {
        assertThat(TextSanitizer.text("  a  \n\n\n\n\nb \n")).isEqualTo("a\n\nb");
    }

    @Test
    void drops_lone_surrogates_and_non_characters_but_keeps_real_supplementary_characters() {
        assertThat(TextSanitizer.text("a\uD800b\uDC00c\uFFFEd\uFDD0e")).isEqualTo("abcde");
        assertThat(TextSanitizer.text("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
    }

    @Test
    void a_line_has_no_breaks_and_null_is_empty() {
        assertThat(TextSanitizer.line("Zoë\nØdegård")).isEqualTo("Zoë Ødegård");
        assertThat(TextSanitizer.text(null)).isEmpty();
    }
}
