package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.audit.AccessLog;
import care.backcare.tracker.api.audit.ClientHint;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.clinician.ClinicianProfile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * The one way a clinician reaches a patient: only while the patient's connection is in force (otherwise the same
 * 404 as for a patient who never existed), and every view or action is recorded in the access log first, which the
 * patient reads.
 */
@Component
class ClinicianGate {

    /** What each access is recorded as. */
    enum Viewed { CASELOAD, OVERVIEW, TRENDS, REPORT, ACKNOWLEDGED, ROUTINE_SET, MESSAGE_SENT }

    record Opened(UUID patientId, ClinicianProfile clinician, Instant connectedAt) {
    }

    private final ClinicianProjection clinicians;
    private final AccessLog accessLog;

    ClinicianGate(ClinicianProjection clinicians, AccessLog accessLog) {
        this.clinicians = clinicians;
        this.accessLog = accessLog;
    }

    Opened open(PatientPrincipal clinician, UUID patientId, Viewed viewed, String detail, HttpServletRequest request) {
        ClinicianProjection.Connection connection = clinicians.connection(patientId, clinician.accountId())
                .orElseThrow(() -> new NotFoundException("No such patient."));
        ClinicianProfile profile = clinicians.profile(clinician.accountId())
                .orElseThrow(() -> new NotFoundException("No such patient."));
        accessLog.record(patientId, AccessLog.ActorKind.CLINICIAN, clinician.accountId(), viewed.name(), detail,
                client(request));
        return new Opened(patientId, profile, connection.connectedAt());
    }

    static String client(HttpServletRequest request) {
        return ClientHint.of(request.getHeader(HttpHeaders.USER_AGENT));
    }
}
