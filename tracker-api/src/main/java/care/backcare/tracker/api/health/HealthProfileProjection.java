package care.backcare.tracker.api.health;

import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.health.FetchHealthProfileQuery;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.HealthProfileUpdatedEvent;
import care.backcare.tracker.health.RiskFactor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The patient's latest answer to the health-profile question. Batched writes run statement by statement, so
 * the answers of a batch go through one follow-up, in the order of the events: the last one stands.
 */
@Component
@ProcessingGroup("read-models")
class HealthProfileProjection {

    private final JdbcClient jdbc;
    private final BatchedWrites writes;
    private final ReadModelReset reset;
    private final BatchedWrites.FollowUp<HealthProfileUpdatedEvent> answers =
            new BatchedWrites.FollowUp<>("health profiles", this::write);

    HealthProfileProjection(JdbcClient jdbc, BatchedWrites writes, ReadModelReset reset) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reset = reset;
    }

    @EventHandler
    void on(HealthProfileUpdatedEvent event) {
        writes.afterRows(answers, event);
    }

    /** A delete and an insert (the same SQL on H2 and PostgreSQL); an older answer redelivered can't replace a newer one. */
    private void write(List<HealthProfileUpdatedEvent> events) {
        for (HealthProfileUpdatedEvent event : events) {
            jdbc.sql("delete from health_profile where patient_id = ? and updated_at <= ?")
                    .params(event.patientId(), Sql.utc(event.updatedAt())).update();
            jdbc.sql("""
                            insert into health_profile (patient_id, risk_factors, updated_at)
                            values (?, ?, ?) on conflict do nothing""")
                    .params(event.patientId(), names(event.riskFactors()), Sql.utc(event.updatedAt())).update();
        }
    }

    @ResetHandler
    void reset() {
        reset.clear("health_profile");
    }

    @QueryHandler
    HealthProfile handle(FetchHealthProfileQuery query) {
        return jdbc.sql("select risk_factors, updated_at from health_profile where patient_id = ?")
                .param(query.patientId())
                .query((rs, row) -> new HealthProfile(parse(rs.getString("risk_factors")), Sql.instant(rs, "updated_at")))
                .optional()
                .orElse(HealthProfile.NOT_ANSWERED);
    }

    private static String names(Set<RiskFactor> riskFactors) {
        return riskFactors == null ? "" : riskFactors.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<RiskFactor> parse(String names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.noneOf(RiskFactor.class);
        }
        return Arrays.stream(names.split(",")).map(RiskFactor::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RiskFactor.class)));
    }
}
