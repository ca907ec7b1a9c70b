package care.backcare.tracker.api.account;

import care.backcare.tracker.account.RegisterPatientCommand;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.clinician.RegisterClinicianCommand;
import care.backcare.tracker.api.security.PasswordPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Opens an account: the username claim and the {@code PatientRegisteredEvent} commit together or
 * not at all. The password is checked against the blocklist ({@link PasswordPolicy}: 400 when refused),
 * then hashed before the transaction starts (bcrypt is deliberately slow).
 */
@Service
class Registration {

    private final CredentialStore credentials;
    private final PasswordEncoder passwordEncoder;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;

    Registration(CredentialStore credentials, PasswordEncoder passwordEncoder, CommandGateway commands,
                 TransactionTemplate transaction, Clock clock, PasswordPolicy passwordPolicy) {
        this.passwordPolicy = passwordPolicy;
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.commands = commands;
        this.transaction = transaction;
        this.clock = clock;
    }

    UUID register(String username, String password, String displayName, ZoneId timeZone) {
        return open(username, password, PatientPrincipal.Role.PATIENT,
                patientId -> new RegisterPatientCommand(patientId, username, displayName, timeZone));
    }

    /** The same for a clinician: one username namespace, the same password rules. */
    UUID registerClinician(String username, String password, String displayName, ZoneId timeZone, String profession) {
        return open(username, password, PatientPrincipal.Role.CLINICIAN,
                clinicianId -> new RegisterClinicianCommand(clinicianId, username, displayName, timeZone, profession));
    }

    /** The command is built before the password is hashed, so invalid fields are refused without the bcrypt work. */
    private UUID open(String username, String password, PatientPrincipal.Role role,
                      java.util.function.Function<UUID, Object> registration) {
        passwordPolicy.refusal(username, password).ifPresent(why -> {
            throw new PasswordRefusedException(why);
        });
        if (credentials.isTaken(username)) {
            throw new UsernameTakenException();
        }
        UUID accountId = UUID.randomUUID();
        Object command = registration.apply(accountId);
        String passwordHash = passwordEncoder.encode(password);
        transaction.executeWithoutResult(status -> {
            credentials.claim(username, accountId, passwordHash, clock.instant(), role);
            commands.sendAndWait(command);
        });
        return accountId;
    }
}
