package care.backcare.tracker.api.account;

import care.backcare.tracker.api.security.PasswordPolicy;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.SecurityEvents;
import care.backcare.tracker.api.security.Throttle;
import care.backcare.tracker.clinician.RevokeClinicianTokenCommand;
import care.backcare.tracker.token.RevokeAllPersonalTokensCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A patient changes their password, proving the current one. A wrong current password counts as a
 * failed sign-in (the same limits apply, so this is no way round them) and changes nothing. Signing
 * out everywhere raises the credential epoch (every other web session ends on its next request) and
 * revokes every personal token, in the same transaction as the new hash.
 */
@Service
class PasswordChange {

    private final CredentialStore credentials;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Throttle throttle;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    PasswordChange(CredentialStore credentials, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                   Throttle throttle, CommandGateway commands, TransactionTemplate transaction) {
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.throttle = throttle;
        this.commands = commands;
        this.transaction = transaction;
    }

    /** Returns the credential epoch now in force. */
    int change(PatientPrincipal patient, String address, String currentPassword, String newPassword,
               boolean signOutEverywhere) {
        throttle.signInBlocked(address, patient.username()).ifPresent(wait -> {
            SecurityEvents.signInThrottled(address, patient.username(), wait);
            throw new care.backcare.tracker.api.security.TooManyAttemptsException(
                    "Too many failed sign-in attempts. Please wait before trying again.", wait);
        });
        if (!passwordEncoder.matches(currentPassword, credentials.passwordHash(patient.patientId()))) {
            throttle.signInFailed(address, patient.username());
            SecurityEvents.signInFailed(address, patient.username(), "password-change");
            throw new WrongPasswordException();
        }
        policy.refusal(patient.username(), newPassword).ifPresent(why -> {
            throw new PasswordRefusedException("newPassword", why);
        });
        String hash = passwordEncoder.encode(newPassword);
        Integer epoch = transaction.execute(status -> {
            int now = credentials.changePassword(patient.patientId(), hash, signOutEverywhere);
            if (signOutEverywhere) {
                commands.sendAndWait(patient.role() == PatientPrincipal.Role.CLINICIAN
                        ? RevokeClinicianTokenCommand.all(patient.accountId())
                        : new RevokeAllPersonalTokensCommand(patient.patientId()));
            }
            return now;
        });
        SecurityEvents.passwordChanged(address, patient.username(), signOutEverywhere);
        return epoch == null ? 0 : epoch;
    }
}
