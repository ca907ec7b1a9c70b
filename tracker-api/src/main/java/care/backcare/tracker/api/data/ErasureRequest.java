package care.backcare.tracker.api.data;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The account's password, asked again: erasure cannot be undone. */
record ErasureRequest(@NotBlank @Size(max = 1000) String password) {
}
