package care.backcare.tracker.api.data;

import care.backcare.tracker.account.ErasePatientCommand;
import care.backcare.tracker.api.data.protection.PatientKeys;
import care.backcare.tracker.api.security.PatientCredentials;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.Normalizer;
import java.util.UUID;

/**
 * Closes an account and erases its data (GDPR article 17), in one transaction: the erasure is recorded (an event
 * with nothing personal in it), old unencrypted events are sealed under the patient's key, the key is destroyed
 * (every event and snapshot of the patient becomes unreadable in place), and every row of the patient outside
 * the event store is deleted, credentials included, so the username is free at once. Read models that are
 * updated later delete their rows again when the erasure event reaches them ({@link ErasureProjection}).
 */
@Service
class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final PatientCredentials credentials;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final PatientKeys keys;
    private final StoredHistory history;
    private final PersonalRows rows;
    private final TransactionTemplate transaction;

    Erasure(PatientCredentials credentials, PasswordEncoder passwords, CommandGateway commands, PatientKeys keys,
            StoredHistory history, PersonalRows rows, TransactionTemplate transaction) {
        this.credentials = credentials;
        this.passwords = passwords;
        this.commands = commands;
        this.keys = keys;
        this.history = history;
        this.rows = rows;
        this.transaction = transaction;
    }

    /** @throws BadCredentialsException when the password is not the account's: then nothing changes */
    void erase(UUID patientId, String username, String password) {
        checkPassword(patientId, username, password);
        transaction.executeWithoutResult(status -> {
            // the key is still there: seal what was stored before encryption existed, then destroy the key
            keys.forWriting(patientId).ifPresent(key -> history.sealPlaintextEvents(patientId, key));
            commands.sendAndWait(new ErasePatientCommand(patientId));
            history.deleteSnapshots(patientId);
            keys.shred(patientId);
            rows.delete(patientId);
        });
        // the patient id only: it is not personal data once nothing is linked to it any more
        log.info("Patient {} erased", patientId);
    }

    private void checkPassword(UUID patientId, String username, String password) {
        PatientCredentials.PatientUser user;
        try {
            user = credentials.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw new BadCredentialsException("wrong password");
        }
        boolean matches = password != null && user.patientId().equals(patientId)
                && (passwords.matches(password, user.passwordHash())
                || passwords.matches(Normalizer.normalize(password, Normalizer.Form.NFKC), user.passwordHash()));
        if (!matches) {
            throw new BadCredentialsException("wrong password");
        }
    }
}
