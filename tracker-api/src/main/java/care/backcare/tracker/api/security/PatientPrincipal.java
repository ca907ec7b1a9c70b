package care.backcare.tracker.api.security;

import java.util.UUID;

/**
 * Who is calling, and how they proved it: controllers only ever see their own account's id. The name is the
 * first build's; a clinician signs in through the same door, with {@link Role#CLINICIAN} (the id is then theirs).
 */
public record PatientPrincipal(UUID patientId, String username, Method method, Role role) {

    public enum Method {
        PASSWORD,
        PERSONAL_TOKEN
    }

    /** One username namespace, two kinds of account: a patient keeps a diary, a clinician follows patients. */
    public enum Role {
        PATIENT,
        CLINICIAN;

        public String authority() {
            return "ROLE_" + name();
        }
    }

    public PatientPrincipal(UUID patientId, String username, Method method) {
        this(patientId, username, method, Role.PATIENT);
    }

    /** The account's id, for code that serves clinicians. */
    public UUID accountId() {
        return patientId;
    }
}
