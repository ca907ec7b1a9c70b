package care.backcare.tracker.api.security;

import java.util.UUID;

/** Who is calling, and how they proved it: controllers only ever see their own patient's id. */
public record PatientPrincipal(UUID patientId, String username, Method method) {

    public enum Method {
        PASSWORD,
        PERSONAL_TOKEN
    }
}
