package care.backcare.tracker.api.account;

import care.backcare.tracker.account.FetchProfileQuery;
import care.backcare.tracker.account.PatientProfile;
import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.api.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Optional;

/** Who the patient is, in the "access" group: in place as soon as the account is. */
@Component
@ProcessingGroup("access")
class ProfileProjection {

    private final JdbcClient jdbc;

    ProfileProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegisteredEvent event) {
        jdbc.sql("""
                        insert into patient_profile (patient_id, username, display_name, time_zone, registered_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(event.patientId(), event.username(), Sql.text(event.displayName()), event.timeZone().getId(),
                        Sql.utc(event.registeredAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from patient_profile").update();
    }

    @QueryHandler
    Optional<PatientProfile> handle(FetchProfileQuery query) {
        return jdbc.sql("select username, display_name, time_zone, registered_at from patient_profile where patient_id = ?")
                .param(query.patientId())
                .query((rs, row) -> new PatientProfile(query.patientId(), rs.getString("username"),
                        rs.getString("display_name"), ZoneId.of(rs.getString("time_zone")),
                        Sql.instant(rs, "registered_at")))
                .optional();
    }
}
