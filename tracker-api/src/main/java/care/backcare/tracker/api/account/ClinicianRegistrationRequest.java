package care.backcare.tracker.api.account;

import care.backcare.tracker.account.AccountRules;
import care.backcare.tracker.clinician.ClinicianRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ClinicianRegistrationRequest(
        @NotNull
        @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = "must be 3 to 40 of a-z, 0-9, '.', '_' and '-'")
        String username,
        @NotNull
        @Size(min = AccountRules.PASSWORD_MIN_LENGTH, message = "must be at least 12 characters")
        @MaxUtf8Bytes(AccountRules.PASSWORD_MAX_BYTES)
        String password,
        @NotBlank
        @Size(max = AccountRules.DISPLAY_NAME_MAX_LENGTH)
        String displayName,
        @NotNull
        @IanaTimeZone
        String timeZone,
        @NotBlank
        @Size(max = ClinicianRules.PROFESSION_MAX_LENGTH)
        String profession) {

    @Override
    public String toString() {
        return "ClinicianRegistrationRequest[username=" + username + "]";
    }
}
