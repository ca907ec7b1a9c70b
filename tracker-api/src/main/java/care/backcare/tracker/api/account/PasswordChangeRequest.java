package care.backcare.tracker.api.account;

import care.backcare.tracker.account.AccountRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PasswordChangeRequest(
        @NotNull
        @Size(max = 1024)
        String currentPassword,
        @NotNull
        @Size(min = AccountRules.PASSWORD_MIN_LENGTH, message = "must be at least 12 characters")
        @MaxUtf8Bytes(AccountRules.PASSWORD_MAX_BYTES)
        String newPassword,
        boolean signOutEverywhere) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[signOutEverywhere=" + signOutEverywhere + "]";
    }
}
