package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.clinician.AlertAcknowledgement;
import care.backcare.tracker.clinician.AlertsAcknowledgedEvent;
import care.backcare.tracker.clinician.ClinicianMessage;
import care.backcare.tracker.clinician.FetchAcknowledgementsQuery;
import care.backcare.tracker.clinician.FetchMessagesQuery;
import care.backcare.tracker.clinician.ClinicianConnectedEvent;
import care.backcare.tracker.clinician.MessageSentEvent;
import care.backcare.tracker.health.HealthProfileUpdatedEvent;
import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.rest.RestDayCancelledEvent;
import care.backcare.tracker.rest.RestDayTakenEvent;
import care.backcare.tracker.routine.RoutinePlannedEvent;
import care.backcare.tracker.session.SessionCompletedEvent;
import care.backcare.tracker.session.SessionWithdrawnEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * What clinicians acknowledged and wrote to a patient, and the caseload's bookkeeping: every fact that can change a
 * patient's caseload row raises the row's version (once per batch), and {@link Caseload} recomputes rows whose
 * version moved. Patients nobody follows have no row, and their facts cost one indexed update that finds nothing.
 */
@Component
@ProcessingGroup("read-models")
class CareProjection {

    private final BatchedWrites writes;
    private final JdbcClient jdbc;
    private final ReadModelReset reset;
    private final BatchedWrites.FollowUp<UUID> changed;

    CareProjection(BatchedWrites writes, ReadModelReset reset, JdbcTemplate template, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.reset = reset;
        this.changed = new BatchedWrites.FollowUp<>("caseload rows", patients -> template.batchUpdate(
                "update caseload_row set version = version + 1 where patient_id = ?",
                patients.stream().map(patient -> new Object[]{patient}).toList()));
    }

    @EventHandler
    void on(ClinicianConnectedEvent event) {
        writes.add("insert into caseload_row (patient_id, version, computed_version) values (?, 0, -1) on conflict do nothing",
                event.patientId());
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(AlertsAcknowledgedEvent event) {
        writes.add("""
                        insert into alert_acknowledgement (patient_id, clinician_id, clinician_name, through_at, note, acknowledged_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.patientId(), event.clinicianId(), event.clinicianName(), Sql.utc(event.through()),
                Sql.text(event.note()), Sql.utc(event.acknowledgedAt()));
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(MessageSentEvent event) {
        writes.add("""
                        insert into patient_message (patient_id, message_id, clinician_id, author_name, body, sent_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                event.patientId(), event.messageId(), event.clinicianId(), event.authorName(), event.text(),
                Sql.utc(event.sentAt()));
    }

    @EventHandler
    void on(SessionCompletedEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(SessionWithdrawnEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(PainLoggedEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(PainEntryWithdrawnEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(RestDayTakenEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(RestDayCancelledEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(RoutinePlannedEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @EventHandler
    void on(HealthProfileUpdatedEvent event) {
        writes.afterRows(changed, event.patientId());
    }

    @QueryHandler
    List<AlertAcknowledgement> handle(FetchAcknowledgementsQuery query) {
        return jdbc.sql("""
                        select clinician_id, clinician_name, through_at, note, acknowledged_at from alert_acknowledgement
                        where patient_id = ? order by acknowledged_at, clinician_id""")
                .param(query.patientId())
                .query((rs, row) -> new AlertAcknowledgement(rs.getObject("clinician_id", UUID.class),
                        rs.getString("clinician_name"), Sql.instant(rs, "through_at"), rs.getString("note"),
                        Sql.instant(rs, "acknowledged_at")))
                .list();
    }

    @QueryHandler
    List<ClinicianMessage> handle(FetchMessagesQuery query) {
        return jdbc.sql("""
                        select message_id, clinician_id, author_name, body, sent_at from patient_message
                        where patient_id = ? order by sent_at desc, message_id""")
                .param(query.patientId())
                .query((rs, row) -> new ClinicianMessage(rs.getObject("message_id", UUID.class),
                        rs.getObject("clinician_id", UUID.class), rs.getString("author_name"), rs.getString("body"),
                        Sql.instant(rs, "sent_at")))
                .list();
    }

    @ResetHandler
    void reset() {
        reset.clear("alert_acknowledgement", "patient_message", "caseload_row");
    }

}
