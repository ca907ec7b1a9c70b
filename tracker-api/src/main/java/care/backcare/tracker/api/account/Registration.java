package care.backcare.tracker.api.account;

import care.backcare.tracker.account.RegisterPatientCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Opens an account: the username claim and the {@code PatientRegisteredEvent} commit together or
 * not at all. The password is hashed before the transaction starts (bcrypt is deliberately slow).
 */
@Service
class Registration {

    private final CredentialStore credentials;
    private final PasswordEncoder passwordEncoder;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Registration(CredentialStore credentials, PasswordEncoder passwordEncoder, CommandGateway commands,
                 TransactionTemplate transaction, Clock clock) {
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.commands = commands;
        this.transaction = transaction;
        this.clock = clock;
    }

    UUID register(String username, String password, String displayName, ZoneId timeZone) {
        if (credentials.isTaken(username)) {
            throw new UsernameTakenException();
        }
        UUID patientId = UUID.randomUUID();
        RegisterPatientCommand command = new RegisterPatientCommand(patientId, username, displayName, timeZone);
        String passwordHash = passwordEncoder.encode(password);
        transaction.executeWithoutResult(status -> {
            credentials.claim(username, patientId, passwordHash, clock.instant());
            commands.sendAndWait(command);
        });
        return patientId;
    }
}
