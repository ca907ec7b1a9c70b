package care.backcare.tracker.api.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.UUID;

/**
 * Each patient's time zone, which places their weeks. Set at registration and never changed, so cached: the
 * patients seen most recently, a bounded number (a zone is a few dozen bytes; the bound only keeps a server
 * with very many patients from growing without end).
 */
@Component
public class PatientZones {

    private static final int MAX_PATIENTS = 100_000;
    private static final ZoneId UNKNOWN = ZoneId.of("UTC");

    private final JdbcClient jdbc;
    private final Cache<UUID, ZoneId> zones = Caffeine.newBuilder().maximumSize(MAX_PATIENTS).build();

    PatientZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ZoneId of(UUID patientId) {
        ZoneId zone = zones.get(patientId, this::lookUp);
        return zone != null ? zone : UNKNOWN;
    }

    /** null (not cached) for a patient without a profile. */
    private ZoneId lookUp(UUID patientId) {
        return jdbc.sql("select time_zone from patient_profile where patient_id = ?").param(patientId)
                .query(String.class).optional().map(ZoneId::of).orElse(null);
    }
}
