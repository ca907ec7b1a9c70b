package care.backcare.tracker.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksTest {

    @Test
    void notes_keep_line_breaks_tabs_and_any_script() {
        String note = "Morning:\n\t- stiff\r\nZoë Ødegård, Ελένη, Жанна, 😀, עברית\u200F";
        assertThat(Checks.optionalText("notes", note, 2000)).isEqualTo(note);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085"})
    void control_characters_are_refused(String text) {
        assertThatThrownBy(() -> Checks.optionalText("notes", text, 2000))
                .isInstanceOf(InvalidValueException.class).hasMessage("must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDC00b", "\uD83D"})
    void unpaired_surrogates_are_refused(String text) {
        assertThatThrownBy(() -> Checks.optionalText("notes", text, 2000))
                .isInstanceOf(InvalidValueException.class).hasMessage("must be valid Unicode text");
    }

    @Test
    void names_are_single_lines() {
        assertThatThrownBy(() -> Checks.textUpTo("displayName", "Ana\nSousa", 80))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Checks.textUpTo("displayName", "Zoë Ødegård", 80)).isEqualTo("Zoë Ødegård");
    }
}
