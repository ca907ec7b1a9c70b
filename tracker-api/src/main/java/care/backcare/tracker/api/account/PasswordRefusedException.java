package care.backcare.tracker.api.account;

import care.backcare.tracker.kernel.InvalidValueException;

/** A new password on the blocklist (common, breached, or containing the username): 400 on its field. */
class PasswordRefusedException extends InvalidValueException {

    PasswordRefusedException(String why) {
        this("password", why);
    }

    PasswordRefusedException(String field, String why) {
        super(field, why);
    }
}
