package care.backcare.tracker.api.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Each patient's time zone, which places their weeks. Set at registration and never changed, so cached. */
@Component
public class PatientZones {

    private final JdbcClient jdbc;
    private final Map<UUID, ZoneId> zones = new ConcurrentHashMap<>();

    PatientZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ZoneId of(UUID patientId) {
        ZoneId zone = zones.get(patientId);
        if (zone == null) {
            zone = jdbc.sql("select time_zone from patient_profile where patient_id = ?").param(patientId)
                    .query(String.class).optional().map(ZoneId::of).orElse(ZoneId.of("UTC"));
            zones.put(patientId, zone);
        }
        return zone;
    }
}
