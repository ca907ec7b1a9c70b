package care.backcare.tracker.api.pain;

import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.api.support.Sql;
import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.FetchPainEntriesQuery;
import care.backcare.tracker.pain.FetchPainEntryQuery;
import care.backcare.tracker.pain.PainEntryView;
import care.backcare.tracker.pain.FetchRedFlagHistoryQuery;
import care.backcare.tracker.pain.PainEntryWithdrawnEvent;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.pain.RedFlagRecord;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.Urgency;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The patient's pain diary on their own calendar, with the triage each entry was given; written in batches ({@link BatchedWrites}). */
@Component
@ProcessingGroup("read-models")
public class PainProjection {

    private static final String COLUMNS = "entry_id, recorded_at, local_date, score, regions, red_flags, urgency, notes";

    private final JdbcClient jdbc;
    private final ReadModelReset reset;
    private final BatchedWrites writes;
    /** After the batch's inserts, so that an entry logged and withdrawn in one batch ends up withdrawn. */
    private final BatchedWrites.FollowUp<PainEntryWithdrawnEvent> withdrawals =
            new BatchedWrites.FollowUp<>("pain withdrawals", this::withdraw);

    PainProjection(JdbcClient jdbc, BatchedWrites writes, ReadModelReset reset) {
        this.reset = reset;
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(PainLoggedEvent event) {
        writes.add("insert into pain_log (patient_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                event.patientId(), event.entryId(), Sql.utc(event.recordedAt()),
                event.recordedAt().atZone(event.timeZone()).toLocalDate(), event.score(),
                names(event.regions()), names(event.redFlags()),
                event.urgency() == null ? null : event.urgency().name(), Sql.text(event.notes()));
    }

    @EventHandler
    void on(PainEntryWithdrawnEvent event) {
        writes.afterRows(withdrawals, event);
    }

    private void withdraw(List<PainEntryWithdrawnEvent> events) {
        for (PainEntryWithdrawnEvent event : events) {
            jdbc.sql("update pain_log set withdrawn_at = ? where patient_id = ? and entry_id = ? and withdrawn_at is null")
                    .params(Sql.utc(event.withdrawnAt()), event.patientId(), event.entryId())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        reset.clear("pain_log");
    }

    @QueryHandler
    List<PainEntryView> handle(FetchPainEntriesQuery query) {
        return jdbc.sql("select " + COLUMNS + " from pain_log where patient_id = ? and local_date between ? and ? "
                        + "and withdrawn_at is null order by recorded_at, entry_id")
                .params(query.patientId(), query.from(), query.to())
                .query((rs, row) -> view(rs))
                .list();
    }

    @QueryHandler
    Optional<PainEntryView> handle(FetchPainEntryQuery query) {
        return jdbc.sql("select " + COLUMNS + " from pain_log where patient_id = ? and entry_id = ? and withdrawn_at is null")
                .params(query.patientId(), query.entryId())
                .query((rs, row) -> view(rs))
                .optional();
    }

    @QueryHandler
    List<RedFlagRecord> handle(FetchRedFlagHistoryQuery query) {
        return jdbc.sql("select " + COLUMNS + ", withdrawn_at from pain_log where patient_id = ? "
                        + "and local_date between ? and ? and red_flags <> '' order by recorded_at, entry_id")
                .params(query.patientId(), query.from(), query.to())
                .query((rs, row) -> {
                    PainEntryView view = view(rs);
                    return new RedFlagRecord(view.entryId(), view.recordedAt(), view.date(), view.score(), view.regions(),
                            view.redFlags(), view.urgency(), view.notes(),
                            rs.getObject("withdrawn_at") == null ? null : Sql.instant(rs, "withdrawn_at"));
                })
                .list();
    }

    private static PainEntryView view(ResultSet rs) throws SQLException {
        String urgency = rs.getString("urgency");
        return new PainEntryView(rs.getObject("entry_id", UUID.class), Sql.instant(rs, "recorded_at"),
                rs.getObject("local_date", LocalDate.class), rs.getInt("score"),
                parse(rs.getString("regions"), BodyRegion.class, BodyRegion::valueOf),
                parse(rs.getString("red_flags"), RedFlag.class, RedFlag::valueOf),
                urgency == null ? null : Urgency.valueOf(urgency), rs.getString("notes"));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type, Function<String, E> valueOf) {
        if (names == null || names.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        return Collections.unmodifiableSet(Arrays.stream(names.split(",")).map(valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type))));
    }
}
